using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class SipCallControlDialTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Fact]
    public async Task Dial_PhoneAnswers_AnsweredWithCallThatFlowsCanHangUp()
    {
        await using var h = await SipChannelHarness.StartAsync();
        _ = AnswerNextAsync(h.Phone);

        var result = await h.Control.DialAsync(Dial("5551234") with { Owner = new CallOwner("acme", "campaign", "c-1") }, CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered);
        result.StatusCode.ShouldBe(200);
        var call = result.Call.ShouldNotBeNull();
        call.Id.ShouldStartWith("sip-");
        (call.Direction, call.From, call.To).ShouldBe((CallDirection.Outbound, "4420", "5551234"));
        var invite = (await h.Phone.Incoming.Task.WaitAsync(Step)).Invite;
        invite.Uri.User.ShouldBe("5551234");
        invite.From!.Uri.User.ShouldBe("4420");
        (await h.Phone.ReceiveRtpAsync(Step)).ShouldBe(0);

        await h.Control.HangUpAsync(call.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);

        (await h.Phone.Ended.Task.WaitAsync(Step)).ShouldBe(SipCallEndCause.RemoteHangUp);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Direction, cdr.Disposition, cdr.Cause, cdr.Trunk, cdr.FlowId).ShouldBe((CallDirection.Outbound, CallDisposition.Answered, HangUpCause.Normal, "phone", "campaign"));
        h.Control.Find(call.Id).ShouldNotBeNull();
    }

    [Fact]
    public async Task Dial_PhoneBusy_BusyWithItsStatus()
    {
        await using var h = await SipChannelHarness.StartAsync();
        _ = RejectNextAsync(h.Phone, 486);

        var result = await h.Control.DialAsync(Dial("5551234"), CancellationToken.None).AsTask().WaitAsync(Step);

        (result.Status, result.StatusCode).ShouldBe((DialStatus.Busy, 486));
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.SipStatus).ShouldBe((CallDisposition.Busy, HangUpCause.Busy, 486));
    }

    [Fact]
    public async Task Dial_PhoneAnswers503_Failed()
    {
        await using var h = await SipChannelHarness.StartAsync();
        _ = RejectNextAsync(h.Phone, 503);

        var result = await h.Control.DialAsync(Dial("5551234"), CancellationToken.None).AsTask().WaitAsync(Step);

        (result.Status, result.StatusCode).ShouldBe((DialStatus.Failed, 503));
        (await h.Recorded.Task.WaitAsync(Step)).Disposition.ShouldBe(CallDisposition.Failed);
    }

    [Fact]
    public async Task Dial_RingsPastRingTimeout_CancelledAndNoAnswer()
    {
        await using var h = await SipChannelHarness.StartAsync();
        var dialling = h.Control.DialAsync(Dial("5551234", TimeSpan.FromSeconds(25)), CancellationToken.None).AsTask();
        var ringing = await h.Phone.Incoming.Task.WaitAsync(Step);
        ringing.Ring().ShouldBeTrue();

        h.Time.Advance(TimeSpan.FromSeconds(25));

        var result = await dialling.WaitAsync(Step);
        result.Status.ShouldBe(DialStatus.NoAnswer);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ringing.Cancelled.Register(() => cancelled.TrySetResult());
        await cancelled.Task.WaitAsync(Step);
        (await h.Recorded.Task.WaitAsync(Step)).Disposition.ShouldBe(CallDisposition.NoAnswer);
    }

    [Fact]
    public async Task Dial_UnknownTrunk_FailedNamingTheTrunk()
    {
        await using var h = await SipChannelHarness.StartAsync();

        var result = await h.Control.DialAsync(Dial("5551234") with { Trunk = "nope" }, CancellationToken.None);

        result.Status.ShouldBe(DialStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldContain("'nope'");
    }

    [Fact]
    public async Task Dial_TrunkWithOutboundProxy_InviteGoesToProxyWhileRequestUriNamesTheTrunk()
    {
        await using var h = await SipChannelHarness.StartAsync();
        h.Control.Options.Trunks.Add(new Hosting.SipTrunkOptions
        {
            Name = "carrier", Host = "carrier.example.net", Port = 5070, OutboundProxy = $"127.0.0.1:{h.Phone.Port}", CallerId = "100",
        });
        _ = RejectNextAsync(h.Phone, 486);

        var result = await h.Control.DialAsync(Dial("5551234") with { Trunk = "carrier" }, CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Busy);
        var invite = (await h.Phone.Incoming.Task.WaitAsync(Step)).Invite;
        (invite.Uri.User, invite.Uri.Host, invite.Uri.Port).ShouldBe(("5551234", "carrier.example.net", 5070));
        var route = SipNameAddress.Parse(invite.Headers[SipHeaderNames.Route].ShouldNotBeNull());
        (route.Uri.Host, route.Uri.Port, route.Uri.IsLooseRouter).ShouldBe(("127.0.0.1", h.Phone.Port, true));
        invite.From!.Uri.Host.ShouldBe("carrier.example.net");
    }

    private static DialRequest Dial(string to, TimeSpan? ringTimeout = null) => new(to, null, null, ringTimeout ?? TimeSpan.FromSeconds(30));

    private static async Task AnswerNextAsync(TestPhone phone)
    {
        var incoming = await phone.Incoming.Task;
        await incoming.AnswerAsync();
    }

    private static async Task RejectNextAsync(TestPhone phone, int status)
    {
        var incoming = await phone.Incoming.Task;
        incoming.Reject(status);
    }
}
