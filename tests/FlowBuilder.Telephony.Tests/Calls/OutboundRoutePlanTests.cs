using FlowBuilder.Telephony.Calls.Routing;
using FlowBuilder.Telephony.Hosting;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class OutboundRoutePlanTests
{
    private static readonly List<SipOutboundRouteOptions> Routes =
    [
        new() { Name = "default", Prefix = "", Trunk = "a" },
        new() { Name = "uk-2", Prefix = "+44", Trunk = "c", Priority = 2 },
        new() { Name = "uk-1", Prefix = "+44", Trunk = "b", Priority = 1 },
        new() { Name = "london", Prefix = "+4420", Trunk = "d" },
        new() { Name = "us", Prefix = "+1", Trunk = "e" },
    ];

    [Fact]
    public void Match_LongestPrefixFirstThenPriorityThenTheDefault() =>
        OutboundRoutePlan.Match(Routes, "+44 20 7946 0000").Select(r => r.Name).ShouldBe(["london", "uk-1", "uk-2", "default"]);

    [Fact]
    public void Match_NoPrefixMatches_OnlyTheDefaultRoute() =>
        OutboundRoutePlan.Match(Routes, "0612345678").Select(r => r.Name).ShouldBe(["default"]);

    [Fact]
    public void Number_StripsThenPrepends() =>
        OutboundRoutePlan.Number(new SipOutboundRouteOptions { StripDigits = 1, Prepend = "00" }, "+4420123").ShouldBe("004420123");

    [Theory]
    [InlineData(null, null, "5550100")]
    [InlineData("4420000", null, "4420000")]
    [InlineData(null, "+1", "+15550100")]
    [InlineData("4420000", "+1", "4420000")]
    public void CallerId_FixedReplacesPrependAdds(string? fixedId, string? prepend, string expected) =>
        OutboundRoutePlan.CallerId(new SipOutboundRouteOptions { CallerId = fixedId, CallerIdPrepend = prepend }, "5550100").ShouldBe(expected);

    [Theory]
    [InlineData(null, true)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(603, true)]
    [InlineData(600, false)]
    [InlineData(486, false)]
    [InlineData(404, false)]
    [InlineData(480, false)]
    public void FailsOver_OnTrunkFailuresOnly(int? status, bool expected) => OutboundRoutePlan.FailsOver(status).ShouldBe(expected);
}
