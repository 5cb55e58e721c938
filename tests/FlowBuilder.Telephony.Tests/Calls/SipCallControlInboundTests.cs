using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class SipCallControlInboundTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Fact]
    public async Task Inbound_FlowAnswersPlaysAndReadsDigit_CallerHearsRtpAndCdrRecordsTheFlow()
    {
        await using var h = await SipChannelHarness.StartAsync();
        var digitRead = new TaskCompletionSource<DigitReadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var played = new TaskCompletionSource<CallOperationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Router.Script = async (calls, call) =>
        {
            (await calls.AnswerAsync(call.Id, CancellationToken.None)).Status.ShouldBe(CallOperationStatus.Completed);
            played.SetResult(await calls.PlayAsync(call.Id, Prompt.Say("welcome to the test"), stopOnDigit: false, CancellationToken.None));
            digitRead.SetResult(await calls.ReadDigitAsync(call.Id, TimeSpan.FromSeconds(10), CancellationToken.None));
            await calls.HangUpAsync(call.Id, HangUpCause.Normal, CancellationToken.None);
        };

        var result = await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Answered);
        var phoneCall = result.Call.ShouldNotBeNull();
        (await h.Phone.ReceiveRtpAsync(Step)).ShouldBe(0);
        (await played.Task.WaitAsync(Step)).Status.ShouldBe(CallOperationStatus.Completed);
        h.Speech.Calls.ShouldBe(1);
        (await phoneCall.SendDtmfAsync('7').WaitAsync(Step)).ShouldBeTrue();
        (await digitRead.Task.WaitAsync(Step)).Digit.ShouldBe('7');
        (await h.Phone.Ended.Task.WaitAsync(Step)).ShouldBe(SipCallEndCause.RemoteHangUp);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        cdr.Direction.ShouldBe(CallDirection.Inbound);
        cdr.From.ShouldBe("alice");
        cdr.To.ShouldBe("100");
        cdr.Disposition.ShouldBe(CallDisposition.Answered);
        cdr.Cause.ShouldBe(HangUpCause.Normal);
        cdr.SipStatus.ShouldBe(200);
        cdr.AnsweredAt.ShouldNotBeNull();
        (cdr.CompanyId, cdr.FlowId, cdr.InstanceId).ShouldBe(("acme", "ivr", "ivr-1"));
        h.Control.Find(cdr.CallId).ShouldNotBeNull().AnsweredAt.ShouldNotBeNull();
        h.Control.ActiveCalls.ShouldBe(0);
        h.Phone.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Inbound_UnknownNumber_RefusedWith404AndRejectedCdr()
    {
        await using var h = await SipChannelHarness.StartAsync();

        var result = await h.Phone.Agent.CallAsync(h.Number("999")).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Failed);
        result.StatusCode.ShouldBe(404);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.SipStatus, cdr.To).ShouldBe((CallDisposition.Rejected, HangUpCause.NotFound, 404, "999"));
        cdr.CompanyId.ShouldBeNull();
    }

    [Fact]
    public async Task Inbound_OverMaxCalls_RefusedWith503()
    {
        await using var h = await SipChannelHarness.StartAsync(o => o.MaxCalls = 1);
        await using var second = new TestPhone("bob", h.Time);
        var first = h.Phone.Agent.CallAsync(h.Number("100"));
        await h.Router.Started.Task.WaitAsync(Step);
        h.Control.ActiveCalls.ShouldBe(1);

        var result = await second.Agent.CallAsync(h.Number("100")).WaitAsync(Step);

        result.StatusCode.ShouldBe(503);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.From).ShouldBe((CallDisposition.Rejected, HangUpCause.Overloaded, "bob"));
        first.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Inbound_FlowNeverAnswers_RefusedWith480AfterAnswerTimeout()
    {
        await using var h = await SipChannelHarness.StartAsync(o => o.AnswerTimeoutSeconds = 20);
        var calling = h.Phone.Agent.CallAsync(h.Number("100"));
        await h.Router.Started.Task.WaitAsync(Step);

        h.Time.Advance(TimeSpan.FromSeconds(19));
        h.Control.ActiveCalls.ShouldBe(1);
        h.Time.Advance(TimeSpan.FromSeconds(1));

        var result = await calling.WaitAsync(Step);
        result.StatusCode.ShouldBe(480);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause).ShouldBe((CallDisposition.NoAnswer, HangUpCause.NoAnswer));
    }

    [Fact]
    public async Task Inbound_CallerHangsUp_WaitingDigitReadReturnsHungUpAndCdrSaysRemoteHangUp()
    {
        await using var h = await SipChannelHarness.StartAsync();
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var digitRead = new TaskCompletionSource<DigitReadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Router.Script = async (calls, call) =>
        {
            await calls.AnswerAsync(call.Id, CancellationToken.None);
            answered.SetResult();
            digitRead.SetResult(await calls.ReadDigitAsync(call.Id, TimeSpan.FromSeconds(30), CancellationToken.None));
        };
        var phoneCall = (await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step)).Call.ShouldNotBeNull();
        await answered.Task.WaitAsync(Step);

        await phoneCall.HangUpAsync().WaitAsync(Step);

        (await digitRead.Task.WaitAsync(Step)).Status.ShouldBe(CallOperationStatus.HungUp);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause).ShouldBe((CallDisposition.Answered, HangUpCause.RemoteHangUp));
    }

    [Fact]
    public async Task Answered_NoRtpFromCallerForMediaTimeout_HungUpWithMediaTimeoutCause()
    {
        await using var h = await SipChannelHarness.StartAsync(o => o.MediaTimeoutSeconds = 30);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Router.Script = async (calls, call) =>
        {
            await calls.AnswerAsync(call.Id, CancellationToken.None);
            answered.SetResult();
        };
        (await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step)).Outcome.ShouldBe(SipCallOutcome.Answered);
        await answered.Task.WaitAsync(Step);

        h.Time.Advance(TimeSpan.FromSeconds(29));
        h.Control.ActiveCalls.ShouldBe(1);
        h.Time.Advance(TimeSpan.FromSeconds(2));

        (await h.Phone.Ended.Task.WaitAsync(Step)).ShouldBe(SipCallEndCause.RemoteHangUp);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause).ShouldBe((CallDisposition.Answered, HangUpCause.MediaTimeout));
    }

    [Fact]
    public async Task Play_SayWhenTtsFails_FailedWithTheEnginesReason()
    {
        await using var h = await SipChannelHarness.StartAsync(ttsFailure: "voice 'xx' is not installed");
        var played = new TaskCompletionSource<CallOperationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Router.Script = async (calls, call) =>
        {
            await calls.AnswerAsync(call.Id, CancellationToken.None);
            played.SetResult(await calls.PlayAsync(call.Id, Prompt.Say("hello", "xx"), stopOnDigit: false, CancellationToken.None));
        };
        (await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step)).Outcome.ShouldBe(SipCallOutcome.Answered);

        var result = await played.Task.WaitAsync(Step);

        result.Status.ShouldBe(CallOperationStatus.Failed);
        result.Error.ShouldBe("voice 'xx' is not installed");
    }

    [Fact]
    public async Task Play_WithStopOnDigit_DigitInterruptsAndStaysQueued()
    {
        await using var h = await SipChannelHarness.StartAsync();
        var playing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outcome = new TaskCompletionSource<(CallOperationResult Play, DigitReadResult Digit)>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Router.Script = async (calls, call) =>
        {
            await calls.AnswerAsync(call.Id, CancellationToken.None);
            playing.SetResult();
            var play = await calls.PlayAsync(call.Id, Prompt.Silence(TimeSpan.FromMinutes(5)), stopOnDigit: true, CancellationToken.None);
            outcome.SetResult((play, await calls.ReadDigitAsync(call.Id, TimeSpan.Zero, CancellationToken.None)));
        };
        var phoneCall = (await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step)).Call.ShouldNotBeNull();
        await playing.Task.WaitAsync(Step);
        await h.Phone.ReceiveRtpAsync(Step);

        (await phoneCall.SendDtmfAsync('#').WaitAsync(Step)).ShouldBeTrue();

        var (play, digit) = await outcome.Task.WaitAsync(Step);
        play.Status.ShouldBe(CallOperationStatus.Interrupted);
        digit.Digit.ShouldBe('#');
    }
}
