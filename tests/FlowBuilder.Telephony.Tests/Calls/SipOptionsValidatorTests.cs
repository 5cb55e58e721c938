using FlowBuilder.Telephony.Hosting;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class SipOptionsValidatorTests
{
    private static SipOptions Valid() => new()
    {
        Enabled = true,
        Listen = ["udp:0.0.0.0:5060", "tcp:127.0.0.1:5080"],
        MediaAddress = "203.0.113.10",
        Trunks = [new SipTrunkOptions { Name = "carrier", Host = "198.51.100.1", Username = "acme", Password = "secret", Register = true }],
        DefaultTrunk = "carrier",
    };

    private static IReadOnlyList<string> Errors(SipOptions options) =>
        new SipOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_CompleteConfiguration_Succeeds() => Errors(Valid()).ShouldBeEmpty();

    [Fact]
    public void Validate_Disabled_SucceedsWhateverElseIsSet() =>
        Errors(new SipOptions { Enabled = false, Listen = ["nonsense"] }).ShouldBeEmpty();

    [Fact]
    public void Validate_RecordingsFolderNotWritable_NamesTheKey()
    {
        var options = Valid();
        options.RecordingsFolder = "/proc/flowbuilder-recordings";

        Errors(options).ShouldHaveSingleItem().ShouldStartWith("FlowBuilder:Sip:RecordingsFolder '/proc/flowbuilder-recordings' is not a writable folder");
    }

    [Fact]
    public void Validate_RecordingsFolderMissing_IsCreated()
    {
        var options = Valid();
        options.RecordingsFolder = Path.Combine(Path.GetTempPath(), $"fb-rec-{Guid.NewGuid():N}");

        Errors(options).ShouldBeEmpty();
        Directory.Exists(options.RecordingsFolder).ShouldBeTrue();
        Directory.Delete(options.RecordingsFolder);
    }

    [Fact]
    public void Validate_BadListenEntry_NamesTheIndexedKey()
    {
        var options = Valid();
        options.Listen.Add("sctp:1.2.3.4:5060");

        Errors(options).ShouldHaveSingleItem().ShouldStartWith("FlowBuilder:Sip:Listen:2 'sctp:1.2.3.4:5060'");
    }

    [Fact]
    public void Validate_AnyAddressWithoutMediaAddress_AsksForMediaAddress()
    {
        var options = Valid();
        options.MediaAddress = null;

        Errors(options).ShouldHaveSingleItem().ShouldStartWith("FlowBuilder:Sip:MediaAddress is required");
    }

    [Fact]
    public void Validate_TrunkProblems_EachNamesItsKey()
    {
        var options = Valid();
        options.Trunks.Add(new SipTrunkOptions { Name = "carrier", Host = "sip.example.com", Transport = "tls", OutboundProxy = "nowhere" });
        options.DefaultTrunk = "missing";

        var errors = Errors(options);

        errors.ShouldContain(e => e.StartsWith("FlowBuilder:Sip:Trunks:1:Name 'carrier' is used", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("FlowBuilder:Sip:Trunks:1:Transport 'tls'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("FlowBuilder:Sip:Trunks:1:OutboundProxy 'nowhere'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("FlowBuilder:Sip:DefaultTrunk 'missing'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TrunkHostNameWithoutProxy_AsksForAnAddressOrProxy()
    {
        var options = Valid();
        options.Trunks[0].Host = "sip.example.com";

        Errors(options).ShouldHaveSingleItem().ShouldContain("FlowBuilder:Sip:Trunks:0:OutboundProxy");
    }

    [Fact]
    public void Validate_MaxCallsBeyondRtpPorts_NamesBothKeys()
    {
        var options = Valid();
        options.RtpPortRange = new RtpPortRangeOptions { First = 20000, Last = 20099 };

        Errors(options).ShouldHaveSingleItem().ShouldContain("MaxCalls 1200 exceeds the 50 RTP ports");
    }

    [Fact]
    public void Validate_AzureWithoutKey_NamesTheKey()
    {
        var options = Valid();
        options.Tts.Engine = "azure";
        options.Tts.AzureRegion = "westeurope";

        Errors(options).ShouldHaveSingleItem().ShouldStartWith("FlowBuilder:Sip:Tts:AzureKey is required");
    }

    [Theory]
    [InlineData("udp:0.0.0.0:5060", SipTransportKind.Udp, 5060)]
    [InlineData("TCP:127.0.0.1:5080", SipTransportKind.Tcp, 5080)]
    [InlineData("udp:[::1]:5062", SipTransportKind.Udp, 5062)]
    public void ListenEndpoint_Parses(string text, SipTransportKind transport, int port)
    {
        SipListenEndpoint.TryParse(text, out var endpoint).ShouldBeTrue();
        (endpoint!.Transport, endpoint.EndPoint.Port).ShouldBe((transport, port));
    }

    [Theory]
    [InlineData("udp:0.0.0.0")]
    [InlineData("0.0.0.0:5060")]
    [InlineData("udp:host.example:5060")]
    public void ListenEndpoint_RejectsMalformed(string text) => SipListenEndpoint.TryParse(text, out _).ShouldBeFalse();
}
