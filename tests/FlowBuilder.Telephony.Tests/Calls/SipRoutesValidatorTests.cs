using FlowBuilder.Telephony.Hosting;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class SipRoutesValidatorTests
{
    private static SipOptions Valid() => new()
    {
        Enabled = true,
        Listen = ["udp:127.0.0.1:5060"],
        Trunks = [new SipTrunkOptions { Name = "carrier", Host = "198.51.100.1" }, new SipTrunkOptions { Name = "backup", Host = "198.51.100.2" }],
        Routes =
        [
            new SipOutboundRouteOptions { Name = "uk", Prefix = "+44", Trunk = "carrier", StripDigits = 1, Prepend = "00", CallerIdPrepend = "+" },
            new SipOutboundRouteOptions { Name = "default", Prefix = "", Trunk = "backup", CallerId = "4420" },
        ],
    };

    private static IReadOnlyList<string> Errors(SipOptions options) =>
        new SipOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_RoutesToConfiguredTrunks_Succeeds() => Errors(Valid()).ShouldBeEmpty();

    [Fact]
    public void Validate_RouteToUnknownTrunk_NamesTheKeyAndTheKnownTrunks()
    {
        var options = Valid();
        options.Routes[1].Trunk = "x";

        Errors(options).ShouldHaveSingleItem().ShouldBe("FlowBuilder:Sip:Routes:1:Trunk 'x' is not a configured trunk (known: carrier, backup).");
    }

    [Theory]
    [InlineData("44a")]
    [InlineData("+")]
    [InlineData("4+4")]
    [InlineData(" 44")]
    public void Validate_BadPrefix_NamesTheKey(string prefix)
    {
        var options = Valid();
        options.Routes[0].Prefix = prefix;

        Errors(options).ShouldHaveSingleItem().ShouldStartWith($"FlowBuilder:Sip:Routes:0:Prefix '{prefix}' is not digits");
    }

    [Fact]
    public void Validate_NegativeStripAndBadPrepend_EachNamed()
    {
        var options = Valid();
        options.Routes[0].StripDigits = -1;
        options.Routes[0].Prepend = "9x";

        Errors(options).Select(e => e[..e.IndexOf(' ', StringComparison.Ordinal)]).ShouldBe(["FlowBuilder:Sip:Routes:0:StripDigits", "FlowBuilder:Sip:Routes:0:Prepend"]);
    }

    [Fact]
    public void Validate_RegistrarExpiriesOutOfOrder_Named()
    {
        var options = Valid();
        options.Registrar.MinExpiresSeconds = 600;
        options.Registrar.MaxExpiresSeconds = 300;

        Errors(options).ShouldContain(e => e.StartsWith("FlowBuilder:Sip:Registrar:MaxExpiresSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EmptyRealm_Named()
    {
        var options = Valid();
        options.Realm = "";

        Errors(options).ShouldHaveSingleItem().ShouldStartWith("FlowBuilder:Sip:Realm");
    }
}
