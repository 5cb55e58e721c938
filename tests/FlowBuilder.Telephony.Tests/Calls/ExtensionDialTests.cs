using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class ExtensionDialTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Fact]
    public async Task DialExtension_NotRegistered_Failed480NamingTheExtension()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());

        var result = await h.Control.DialAsync(Extension("101"), CancellationToken.None).AsTask().WaitAsync(Step);

        (result.Status, result.StatusCode).ShouldBe((DialStatus.Failed, 480));
        result.Reason.ShouldNotBeNull().ShouldContain("101");
    }

    [Fact]
    public async Task DialExtension_TwoPhonesRegistered_BothRingTheFirstAnswerWinsAndTheOtherIsCancelled()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());
        await using var desk = new TestPhone("desk", new FakeTimeProvider());
        (await RegisterAsync(h, h.Phone, "101", "s3cret")).ShouldBeTrue();
        (await RegisterAsync(h, desk, "101", "s3cret")).ShouldBeTrue();
        h.Control.Registrar!.Contacts("101").Count.ShouldBe(2);

        var dialling = h.Control.DialAsync(Extension("101"), CancellationToken.None).AsTask();
        var ringing = await h.Phone.Incoming.Task.WaitAsync(Step);
        ringing.Ring();
        var answering = await desk.Incoming.Task.WaitAsync(Step);
        _ = answering.AnswerAsync();
        var result = await dialling.WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered);
        (result.Call!.To, result.Call.From).ShouldBe(("101", "4420"));
        await WhenCancelledAsync(ringing).WaitAsync(Step);
        await h.Control.HangUpAsync(result.Call.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.To, cdr.Disposition, cdr.Trunk).ShouldBe(("101", CallDisposition.Answered, null));
    }

    [Fact]
    public async Task DialExtension_BothPhonesAnswer_OneWinsAndTheLateAnswerGetsBye()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());
        await using var desk = new TestPhone("desk", new FakeTimeProvider());
        (await RegisterAsync(h, h.Phone, "101", "s3cret")).ShouldBeTrue();
        (await RegisterAsync(h, desk, "101", "s3cret")).ShouldBeTrue();
        var dialling = h.Control.DialAsync(Extension("101"), CancellationToken.None).AsTask();
        var first = await h.Phone.Incoming.Task.WaitAsync(Step);
        var second = await desk.Incoming.Task.WaitAsync(Step);
        _ = first.AnswerAsync();
        _ = second.AnswerAsync();

        var result = await dialling.WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered);
        var loser = await Task.WhenAny(h.Phone.Ended.Task, desk.Ended.Task).WaitAsync(Step);
        (await loser).ShouldBe(SipCallEndCause.RemoteHangUp);
        var winner = loser == h.Phone.Ended.Task ? desk.Ended.Task : h.Phone.Ended.Task;
        winner.IsCompleted.ShouldBeFalse();
        await h.Control.HangUpAsync(result.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        (await winner.WaitAsync(Step)).ShouldBe(SipCallEndCause.RemoteHangUp);
    }

    [Fact]
    public async Task DialExtension_AllContactsBusy_Busy()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());
        await using var desk = new TestPhone("desk", new FakeTimeProvider());
        (await RegisterAsync(h, h.Phone, "101", "s3cret")).ShouldBeTrue();
        (await RegisterAsync(h, desk, "101", "s3cret")).ShouldBeTrue();
        _ = RejectNextAsync(h.Phone, 486);
        _ = RejectNextAsync(desk, 486);

        var result = await h.Control.DialAsync(Extension("101"), CancellationToken.None).AsTask().WaitAsync(Step);

        (result.Status, result.StatusCode).ShouldBe((DialStatus.Busy, 486));
    }

    [Fact]
    public async Task DialExtension_OneBusyOtherRingsPastTheTimeout_NoAnswer()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());
        await using var desk = new TestPhone("desk", new FakeTimeProvider());
        (await RegisterAsync(h, h.Phone, "101", "s3cret")).ShouldBeTrue();
        (await RegisterAsync(h, desk, "101", "s3cret")).ShouldBeTrue();
        var dialling = h.Control.DialAsync(Extension("101"), CancellationToken.None).AsTask();
        (await h.Phone.Incoming.Task.WaitAsync(Step)).Reject(486);
        (await desk.Incoming.Task.WaitAsync(Step)).Ring();

        h.Time.Advance(TimeSpan.FromSeconds(30));

        (await dialling.WaitAsync(Step)).Status.ShouldBe(DialStatus.NoAnswer);
        (await h.Recorded.Task.WaitAsync(Step)).Disposition.ShouldBe(CallDisposition.NoAnswer);
    }

    internal static async Task<bool> RegisterAsync(SipChannelHarness h, TestPhone phone, string number, string password)
    {
        var registration = new SipRegistration(phone.Agent, h.RegistrarUri, TimeSpan.FromSeconds(600))
        {
            AddressOfRecord = SipUri.Parse($"sip:{number}@127.0.0.1"),
            Credentials = new DigestClient(number, password),
        };
        return await registration.RegisterAsync().WaitAsync(Step);
    }

    internal static Task WhenCancelledAsync(SipIncomingCall call)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Cancelled.Register(() => cancelled.TrySetResult());
        return cancelled.Task;
    }

    private static DialRequest Extension(string number) => new(number, "4420", null, TimeSpan.FromSeconds(30)) { TargetKind = DialTargetKind.Extension };

    private static async Task RejectNextAsync(TestPhone phone, int status) => (await phone.Incoming.Task).Reject(status);
}
