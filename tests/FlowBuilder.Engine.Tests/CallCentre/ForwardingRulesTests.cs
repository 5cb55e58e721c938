using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Engine.Tests.CallCentre;

public sealed class ForwardingRulesTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static string? Immediate(ExtensionForwarding forwarding, string utc)
    {
        ForwardingRules.TryFindImmediate(forwarding, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), out var target, out var error)
            .ShouldBeTrue(error);
        return target;
    }

    [Theory]
    [InlineData("2026-01-05T09:00:00Z", "102")] // Monday 10:00 in Berlin
    [InlineData("2026-01-05T16:59:00Z", null)] // Monday 17:59 in Berlin
    [InlineData("2026-01-03T09:00:00Z", null)] // Saturday
    public void Schedule_IsEvaluatedInTheForwardingsTimeZone(string utc, string? expected)
    {
        var forwarding = new ExtensionForwarding(Schedule: [new ScheduledForward(Weekdays, new TimeOnly(8, 0), new TimeOnly(17, 0), "102")], TimeZone: "Europe/Berlin");

        Immediate(forwarding, utc).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-01-10T03:30:00Z", "+15550009999")] // Friday 22:30 in New York: Friday's night span
    [InlineData("2026-01-10T10:59:00Z", "+15550009999")] // Saturday 05:59 in New York: still Friday's span
    [InlineData("2026-01-10T11:00:00Z", "group:sales")] // Saturday 06:00: span over, Always applies
    [InlineData("2026-01-11T03:30:00Z", "group:sales")] // Saturday 22:30: Saturday is not a span day
    public void Schedule_ThatSpansMidnight_CoversTheNextMorning_ThenAlwaysApplies(string utc, string expected)
    {
        var forwarding = new ExtensionForwarding(
            Always: "group:sales",
            Schedule: [new ScheduledForward([DayOfWeek.Friday], new TimeOnly(22, 0), new TimeOnly(6, 0), "+15550009999")],
            TimeZone: "America/New_York");

        Immediate(forwarding, utc).ShouldBe(expected);
    }

    [Fact]
    public void Schedule_FromEqualToTo_IsTheWholeDay()
    {
        var entry = new ScheduledForward([DayOfWeek.Sunday], new TimeOnly(0, 0), new TimeOnly(0, 0), "102");

        ForwardingRules.IsInForce(entry, new DateTime(2026, 1, 4, 23, 59, 0)).ShouldBeTrue();
        ForwardingRules.IsInForce(entry, new DateTime(2026, 1, 5, 0, 0, 0)).ShouldBeFalse();
    }

    [Fact]
    public void UnknownTimeZone_IsReported_NotGuessed()
    {
        var forwarding = new ExtensionForwarding(Schedule: [new ScheduledForward(Weekdays, new TimeOnly(8, 0), new TimeOnly(17, 0), "102")], TimeZone: "Mars/Olympus");

        ForwardingRules.TryFindImmediate(forwarding, DateTimeOffset.UnixEpoch, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("Mars/Olympus");
    }

    [Fact]
    public void NoForwarding_RingsTheExtension()
    {
        Immediate(ExtensionForwarding.None, "2026-01-05T09:00:00Z").ShouldBeNull();
        ForwardingRules.OnBusy(ExtensionForwarding.None).ShouldBeNull();
        ForwardingRules.OnNoAnswer(new ExtensionForwarding(OnNoAnswer: " 103 ")).ShouldBe("103");
    }
}
