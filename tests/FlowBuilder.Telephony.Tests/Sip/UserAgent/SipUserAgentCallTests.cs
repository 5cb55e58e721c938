using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

public sealed class SipUserAgentCallTests
{
    [Fact]
    public async Task Call_CalleeAnswers_BothSidesHaveConfirmedDialogAndAgreedAudio()
    {
        var h = new UserAgentHarness();

        var (alice, bob) = await h.ConnectAsync();

        alice.Dialog.State.ShouldBe(SipDialogState.Confirmed);
        bob.Dialog.State.ShouldBe(SipDialogState.Confirmed);
        alice.Dialog.Id.CallId.ShouldBe(bob.Dialog.Id.CallId);
        alice.Dialog.Id.LocalTag.ShouldBe(bob.Dialog.Id.RemoteTag);
        alice.Audio.ShouldNotBeNull().RemoteRtp!.Port.ShouldBe(50000);
        bob.Audio.ShouldNotBeNull().RemoteRtp!.Port.ShouldBe(40000);
        var ack = h.Network.Requests(SipMethods.Ack, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem();
        ack.CSeq!.Value.Number.ShouldBe(1);
        h.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Answer_AckNeverArrives_TwoHundredIsRetransmittedThenCallEndsWithBye()
    {
        var h = new UserAgentHarness();
        h.Network.Inject(Invite(), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();
        var answered = h.Incoming.ShouldHaveSingleItem().AnswerAsync();
        h.Network.Pump();

        h.Advance(TimeSpan.FromMilliseconds(500));
        h.Advance(TimeSpan.FromMilliseconds(1000));
        h.Network.Responses(200, UserAgentHarness.PeerEndPoint).Count.ShouldBe(3);
        h.Advance(TimeSpan.FromSeconds(40));

        (await answered).ShouldBeNull();
        h.Network.Requests(SipMethods.Bye, UserAgentHarness.PeerEndPoint).Select(b => b.TopVia!.Branch).Distinct().ShouldHaveSingleItem();
        h.BobEnded.ShouldHaveSingleItem().Cause.ShouldBe(SipCallEndCause.Timeout);
    }

    [Fact]
    public async Task HangUp_ByCaller_CalleeAnswersByeAndReportsRemoteHangUp()
    {
        var h = new UserAgentHarness();
        var (alice, _) = await h.ConnectAsync();

        await h.Network.PumpUntil(alice.HangUpAsync());

        h.Network.Responses(200, UserAgentHarness.AliceEndPoint).Last().CSeq!.Value.Method.ShouldBe(SipMethods.Bye);
        h.BobEnded.ShouldHaveSingleItem().Cause.ShouldBe(SipCallEndCause.RemoteHangUp);
        h.AliceEnded.ShouldHaveSingleItem().Cause.ShouldBe(SipCallEndCause.LocalHangUp);
        h.Alice.Calls.ShouldBeEmpty();
        h.Bob.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task HangUp_ByCallee_ByeGoesToCallerContactWithNextCSeq()
    {
        var h = new UserAgentHarness();
        var (_, bob) = await h.ConnectAsync();

        await h.Network.PumpUntil(bob.HangUpAsync());

        var bye = h.Network.Requests(SipMethods.Bye, UserAgentHarness.AliceEndPoint).ShouldHaveSingleItem();
        bye.Uri.Host.ShouldBe("192.0.2.1");
        bye.CSeq!.Value.Number.ShouldBe(1);
        h.AliceEnded.ShouldHaveSingleItem().Cause.ShouldBe(SipCallEndCause.RemoteHangUp);
    }

    [Fact]
    public async Task Cancel_BeforeAnswer_CalleeAnswers487AndNoDialogRemains()
    {
        var h = new UserAgentHarness();
        using var cts = new CancellationTokenSource();
        var calling = h.Alice.CallAsync(UserAgentHarness.BobUri, cts.Token);
        h.Network.Pump();
        var incoming = h.Incoming.ShouldHaveSingleItem();
        incoming.Ring();
        h.Network.Pump();

        await cts.CancelAsync();
        var result = await h.Network.PumpUntil(calling);

        result.Outcome.ShouldBe(SipCallOutcome.Cancelled);
        result.StatusCode.ShouldBe(487);
        h.Network.Requests(SipMethods.Cancel, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem();
        incoming.Cancelled.IsCancellationRequested.ShouldBeTrue();
        (await incoming.AnswerAsync()).ShouldBeNull();
        h.Alice.Calls.ShouldBeEmpty();
        h.Bob.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_CalleeBusy_TakesBusyOutcome()
    {
        var h = new UserAgentHarness();
        var calling = h.Alice.CallAsync(UserAgentHarness.BobUri);
        h.Network.Pump();

        h.Incoming.ShouldHaveSingleItem().Reject(486).ShouldBeTrue();
        var result = await h.Network.PumpUntil(calling);

        result.Outcome.ShouldBe(SipCallOutcome.Busy);
        result.Call.ShouldBeNull();
    }

    [Fact]
    public async Task Reject_ServiceUnavailable_CarriesRetryAfterAndFails()
    {
        var h = new UserAgentHarness();
        var calling = h.Alice.CallAsync(UserAgentHarness.BobUri);
        h.Network.Pump();

        h.Incoming.ShouldHaveSingleItem().Reject(503, TimeSpan.FromSeconds(30));
        var result = await h.Network.PumpUntil(calling);

        result.Outcome.ShouldBe(SipCallOutcome.Failed);
        result.StatusCode.ShouldBe(503);
        h.Network.Responses(503).ShouldHaveSingleItem().Headers["Retry-After"].ShouldBe("30");
    }

    [Fact]
    public async Task Call_RingsPastTimeout_SendsCancelAndTakesNoAnswerOutcome()
    {
        var h = new UserAgentHarness(o => o with { RingTimeout = TimeSpan.FromSeconds(20) });
        var calling = h.Alice.CallAsync(UserAgentHarness.BobUri);
        h.Network.Pump();
        h.Incoming.ShouldHaveSingleItem().Ring();
        h.Network.Pump();

        h.Advance(TimeSpan.FromSeconds(19));
        h.Network.Requests(SipMethods.Cancel).ShouldBeEmpty();
        h.Advance(TimeSpan.FromSeconds(1));
        var result = await h.Network.PumpUntil(calling);

        h.Network.Requests(SipMethods.Cancel, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem();
        result.Outcome.ShouldBe(SipCallOutcome.NoAnswer);
    }

    [Fact]
    public async Task Call_ProxyChallenges_InviteIsResentOnceWithCredentialsAndNextCSeq()
    {
        var h = new UserAgentHarness(o => o with { Username = "alice", Password = "secret" });
        var calling = h.Alice.CallAsync(UserAgentHarness.PeerUri);
        h.Network.Pump();
        var first = h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        var challenge = Reply(first, 407);
        challenge.Headers.Add(SipHeaderNames.ProxyAuthenticate, "Digest realm=\"example.com\", nonce=\"abc123\", qop=\"auth\"");

        h.Network.Inject(challenge, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        h.Network.Pump();
        var second = h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).Last();
        second.CSeq!.Value.Number.ShouldBe(2);
        second.CallId.ShouldBe(first.CallId);
        second.ProxyAuthorization.ShouldHaveSingleItem().Get("username").ShouldBe("alice");
        var again = Reply(second, 407);
        again.Headers.Add(SipHeaderNames.ProxyAuthenticate, "Digest realm=\"example.com\", nonce=\"def456\"");
        h.Network.Inject(again, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        var result = await h.Network.PumpUntil(calling);

        result.Outcome.ShouldBe(SipCallOutcome.Failed);
        result.StatusCode.ShouldBe(407);
        h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Answer_WithRecordRoute_RouteSetIsReversedAndByeCarriesRoutesToFirstHop()
    {
        var h = new UserAgentHarness();
        var calling = h.Alice.CallAsync(UserAgentHarness.PeerUri);
        h.Network.Pump();
        var invite = h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        var ok = Reply(invite, 200);
        ok.Headers.Add(SipHeaderNames.RecordRoute, "<sip:198.51.100.20;lr>, <sip:198.51.100.10;lr>");
        ok.Contact = new SipNameAddress(SipUri.Parse("sip:carol@198.51.100.99"));
        ok.SetBody("application/sdp", Sdp("198.51.100.99", 6000));
        h.Network.Inject(ok, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);

        var call = (await h.Network.PumpUntil(calling)).Call.ShouldNotBeNull();
        call.Dialog.RouteSet.Select(r => r.Uri.Host).ShouldBe(["198.51.100.10", "198.51.100.20"]);
        var ackHop = h.Network.Log.Single(e => e.Message is SipRequest { Method: SipMethods.Ack });
        ackHop.To.Address.ToString().ShouldBe("198.51.100.10");
        _ = call.HangUpAsync();
        h.Network.Pump();

        var (_, to, message) = h.Network.Log.Single(e => e.Message is SipRequest { Method: SipMethods.Bye });
        to.Address.ToString().ShouldBe("198.51.100.10");
        var bye = (SipRequest)message;
        bye.Uri.Host.ShouldBe("198.51.100.99");
        bye.Routes.Select(r => r.Uri.Host).ShouldBe(["198.51.100.10", "198.51.100.20"]);
    }

    [Fact]
    public async Task Hold_ThenResume_ReinviteOffersSendOnlyAnswersRecvOnlyThenSendRecv()
    {
        var h = new UserAgentHarness();
        var (alice, bob) = await h.ConnectAsync();

        (await h.Network.PumpUntil(alice.HoldAsync())).ShouldBeTrue();
        alice.Audio!.Direction.ShouldBe(SdpDirection.SendOnly);
        bob.Audio!.Direction.ShouldBe(SdpDirection.RecvOnly);
        alice.RemoteSession!.Media[0].Direction.ShouldBe(SdpDirection.RecvOnly);

        (await h.Network.PumpUntil(alice.ResumeAsync())).ShouldBeTrue();
        alice.Audio!.Direction.ShouldBe(SdpDirection.SendRecv);
        bob.Audio!.Direction.ShouldBe(SdpDirection.SendRecv);
        h.Network.Requests(SipMethods.Ack, UserAgentHarness.BobEndPoint).Select(a => a.CSeq!.Value.Number).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Call_WithOutboundProxy_InviteGoesToProxyWithLooseRoute()
    {
        var h = new UserAgentHarness(o => o with { OutboundProxy = SipUri.Parse("sip:198.51.100.7") });

        _ = h.Alice.CallAsync(UserAgentHarness.BobUri);

        var invite = h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        invite.Uri.ShouldBe(UserAgentHarness.BobUri);
        invite.Routes.ShouldHaveSingleItem().Uri.IsLooseRouter.ShouldBeTrue();
        invite.ContentType.ShouldBe("application/sdp");
        h.Network.Requests(SipMethods.Invite, UserAgentHarness.BobEndPoint).ShouldBeEmpty();
    }

    [Fact]
    public async Task Answer_CrossesCancel_IsAcknowledgedAndHungUpWithoutReachingTheApplication()
    {
        var h = new UserAgentHarness();
        using var cts = new CancellationTokenSource();
        var calling = h.Alice.CallAsync(UserAgentHarness.PeerUri, cts.Token);
        var invite = h.Network.Requests(SipMethods.Invite, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        h.Network.Inject(Reply(invite, 180), UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        h.Network.Pump();
        await cts.CancelAsync();
        var ok = Reply(invite, 200);
        ok.Contact = new SipNameAddress(SipUri.Parse("sip:carol@198.51.100.7"));
        ok.SetBody("application/sdp", Sdp("198.51.100.7", 6000));

        h.Network.Inject(ok, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        var result = await h.Network.PumpUntil(calling);

        result.Outcome.ShouldBe(SipCallOutcome.Cancelled);
        h.Network.Requests(SipMethods.Ack, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        h.Network.Requests(SipMethods.Bye, UserAgentHarness.PeerEndPoint).ShouldNotBeEmpty();
        h.AliceEnded.ShouldBeEmpty();
        h.Alice.Calls.ShouldBeEmpty();
    }

    [Fact]
    public void Ring_WithEarlyMedia_Sends183WithSdpAnswer()
    {
        var h = new UserAgentHarness();
        h.Network.Inject(Invite(), UserAgentHarness.PeerEndPoint, UserAgentHarness.BobEndPoint);
        h.Network.Pump();

        h.Incoming.ShouldHaveSingleItem().Ring(earlyMedia: true).ShouldBeTrue();

        var progress = h.Network.Responses(183, UserAgentHarness.PeerEndPoint).ShouldHaveSingleItem();
        progress.ContentType.ShouldBe("application/sdp");
        progress.To!.Tag.ShouldNotBeNull();
    }

    internal static SipRequest Invite()
    {
        var invite = new SipRequest(SipMethods.Invite, UserAgentHarness.BobUri);
        invite.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/UDP 198.51.100.7:5060;branch={SipIdentifiers.NewBranch()}");
        invite.Headers.Add(SipHeaderNames.MaxForwards, "70");
        invite.Headers.Add(SipHeaderNames.From, "<sip:carol@example.com>;tag=c1");
        invite.Headers.Add(SipHeaderNames.To, "<sip:bob@example.com>");
        invite.CallId = "peer-call@198.51.100.7";
        invite.CSeq = new SipCSeq(1, SipMethods.Invite);
        invite.Headers.Add(SipHeaderNames.Contact, "<sip:carol@198.51.100.7>");
        invite.SetBody("application/sdp", Sdp("198.51.100.7", 6000));
        return invite;
    }

    internal static SipResponse Reply(SipRequest request, int status)
    {
        var response = request.CreateResponse(status);
        response.To = response.To!.WithTag("peer-tag");
        return response;
    }

    internal static string Sdp(string address, int port) =>
        $"v=0\r\no=- 1 1 IN IP4 {address}\r\ns=-\r\nc=IN IP4 {address}\r\nt=0 0\r\nm=audio {port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\n";
}
