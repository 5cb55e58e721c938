using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

public sealed class SipUserAgentRequestTests
{
    [Fact]
    public void Bye_ForUnknownDialog_IsAnswered481()
    {
        var h = new UserAgentHarness();
        var bye = Request(SipMethods.Bye, toTag: "nobody");

        h.Network.Inject(bye, UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        h.Network.Responses(481, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem().CSeq!.Value.Method.ShouldBe(SipMethods.Bye);
        h.BobEnded.ShouldBeEmpty();
    }

    [Fact]
    public void Options_OutsideDialog_IsAnswered200WithAllowAndAccept()
    {
        var h = new UserAgentHarness();

        h.Network.Inject(Request(SipMethods.Options, toTag: null), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        var ok = h.Network.Responses(200, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        ok.Headers.GetValues(SipHeaderNames.Allow).ShouldBe(["INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO", "REFER", "NOTIFY"]);
        ok.Headers.GetValues("Accept").ShouldContain("application/sdp");
    }

    [Fact]
    public async Task Info_WithDtmfRelay_RaisesDtmfWithTheDigit()
    {
        var h = new UserAgentHarness();
        var digits = new List<char>();
        h.Bob.DtmfReceived += (_, digit) => digits.Add(digit);
        var (alice, _) = await h.ConnectAsync();

        (await h.Network.PumpUntil(alice.SendDtmfAsync('5'))).ShouldBeTrue();

        digits.ShouldBe(['5']);
        h.Network.Requests(SipMethods.Info, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem().BodyText.ShouldContain("Signal=5");
    }

    [Fact]
    public async Task Info_InDialogWithLowerCSeq_IsAnswered500()
    {
        var h = new UserAgentHarness();
        var (alice, bob) = await h.ConnectAsync();
        await h.Network.PumpUntil(alice.SendDtmfAsync('1'));
        var stale = Request(SipMethods.Info, toTag: bob.Dialog.Id.LocalTag, fromTag: bob.Dialog.Id.RemoteTag, callId: bob.Dialog.Id.CallId, cseq: 1);
        stale.SetBody("application/dtmf-relay", "Signal=2\r\n");

        h.Network.Inject(stale, UserAgentHarness.AliceEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        h.Network.Responses(500, UserAgentHarness.AliceEndPoint).ShouldHaveSingleItem();
    }

    [Fact]
    public void Invite_WithoutListener_IsRejected480()
    {
        var h = new UserAgentHarness();

        h.Network.Inject(SipUserAgentCallTests.Invite(), UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        h.Network.Pump();

        h.Network.Responses(480, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
    }

    internal static SipRequest Request(string method, string? toTag, string fromTag = "c1", string callId = "peer-call@198.51.100.7", long cseq = 1)
    {
        var request = new SipRequest(method, UserAgentHarness.BobUri);
        request.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/UDP 198.51.100.7:5060;branch={SipIdentifiers.NewBranch()}");
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, $"<sip:carol@example.com>;tag={fromTag}");
        request.Headers.Add(SipHeaderNames.To, toTag is null ? "<sip:bob@example.com>" : $"<sip:bob@example.com>;tag={toTag}");
        request.CallId = callId;
        request.CSeq = new SipCSeq(cseq, method);
        return request;
    }
}
