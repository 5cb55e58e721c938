using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

public sealed class SipUserAgentRegisterTests
{
    [Fact]
    public void Register_NoRegistrar_405WithoutRegisterInAllow()
    {
        var h = new UserAgentHarness();

        h.Network.Inject(SipUserAgentRequestTests.Request(SipMethods.Register, toTag: null), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        h.Network.Responses(405, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem().Headers.GetValues(SipHeaderNames.Allow).ShouldNotContain("REGISTER");
    }

    [Fact]
    public void Register_WithARegistrar_HandedToItAndAllowedInOptions()
    {
        var h = new UserAgentHarness();
        var registers = new List<SipServerTransaction>();
        h.Bob.RegisterReceived += transaction =>
        {
            registers.Add(transaction);
            transaction.Respond(transaction.Request.CreateResponse(200));
        };

        h.Network.Inject(SipUserAgentRequestTests.Request(SipMethods.Register, toTag: null), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Inject(SipUserAgentRequestTests.Request(SipMethods.Options, toTag: null, callId: "options"), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        registers.ShouldHaveSingleItem().Request.Method.ShouldBe(SipMethods.Register);
        var options = h.Network.Responses(200, UserAgentHarness.PeerEndPoint).Single(r => r.CSeq!.Value.Method == SipMethods.Options);
        options.Headers.GetValues(SipHeaderNames.Allow).ShouldContain("REGISTER");
    }
}
