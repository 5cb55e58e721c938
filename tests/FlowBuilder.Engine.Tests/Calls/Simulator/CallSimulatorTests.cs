using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;

namespace FlowBuilder.Engine.Tests.Calls.Simulator;

public sealed class CallSimulatorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly InMemoryCallRecordStore _records = new();
    private readonly CallSimulator _simulator;

    public CallSimulatorTests() => _simulator = new CallSimulator(_clock, _records);

    private async Task<string> AnsweredCallAsync()
    {
        var call = _simulator.Ring("+15550001111", "+18005550100");
        (await _simulator.AnswerAsync(call.Id, default)).ShouldBe(CallOperationResult.Completed);
        return call.Id;
    }

    [Fact]
    public void Ring_GivesARingingInboundCallWithASimulatorId()
    {
        var call = _simulator.Ring("+15550001111", "+18005550100");

        call.Id.ShouldStartWith("simulator-");
        call.Direction.ShouldBe(CallDirection.Inbound);
        _simulator.IsUp(call.Id).ShouldBeFalse();
        _simulator.Transcript(call.Id).Single().Kind.ShouldBe(SimulatedCallEventKind.Ringing);
    }

    [Fact]
    public async Task Say_LastsSixtyMillisecondsPerCharacter_ButAtLeast300()
    {
        var callId = await AnsweredCallAsync();

        var shortPrompt = _simulator.PlayAsync(callId, Prompt.Say("Hi"), stopOnDigit: false, default).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(299));
        shortPrompt.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await shortPrompt).ShouldBe(CallOperationResult.Completed);

        var longPrompt = _simulator.PlayAsync(callId, Prompt.Say(new string('a', 10)), stopOnDigit: false, default).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(599));
        longPrompt.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await longPrompt).ShouldBe(CallOperationResult.Completed);
    }

    [Fact]
    public async Task Audio_LastsItsSetDuration()
    {
        var callId = await AnsweredCallAsync();
        _simulator.SetAudioDuration("welcome.wav", TimeSpan.FromSeconds(4));

        var playing = _simulator.PlayAsync(callId, Prompt.Audio("welcome.wav"), stopOnDigit: false, default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(3));
        playing.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await playing).ShouldBe(CallOperationResult.Completed);
        _simulator.Transcript(callId).Last().ToString().ShouldBe("played welcome.wav");
    }

    [Fact]
    public async Task DigitDuringStopOnDigitPrompt_InterruptsIt_AndStaysQueued()
    {
        var callId = await AnsweredCallAsync();
        var playing = _simulator.PlayAsync(callId, Prompt.Say("Press a key whenever you like"), stopOnDigit: true, default).AsTask();

        _simulator.PressDigits(callId, "7");

        (await playing).ShouldBe(CallOperationResult.Interrupted);
        (await _simulator.ReadDigitAsync(callId, TimeSpan.Zero, default)).Digit.ShouldBe('7');
    }

    [Fact]
    public async Task DigitDuringPromptWithoutStopOnDigit_DoesNotStopIt()
    {
        var callId = await AnsweredCallAsync();
        var playing = _simulator.PlayAsync(callId, Prompt.Say("Listen"), stopOnDigit: false, default).AsTask();

        _simulator.PressDigits(callId, "7");

        playing.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await playing).ShouldBe(CallOperationResult.Completed);
    }

    [Fact]
    public async Task ReadDigit_NothingPressed_TimesOutOnTheClock()
    {
        var callId = await AnsweredCallAsync();

        var reading = _simulator.ReadDigitAsync(callId, TimeSpan.FromSeconds(5), default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(4));
        reading.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await reading).ShouldBe(DigitReadResult.Timeout);
    }

    [Fact]
    public async Task Digits_QueueBetweenReads_AndClearDigitsDropsThem()
    {
        var callId = await AnsweredCallAsync();
        _simulator.PressDigits(callId, "12");

        (await _simulator.ReadDigitAsync(callId, TimeSpan.Zero, default)).Digit.ShouldBe('1');
        _simulator.ClearDigits(callId);

        (await _simulator.ReadDigitAsync(callId, TimeSpan.Zero, default)).ShouldBe(DigitReadResult.Timeout);
    }

    [Fact]
    public async Task PressDigits_NotADigit_Throws()
    {
        var callId = await AnsweredCallAsync();

        Should.Throw<ArgumentException>(() => _simulator.PressDigits(callId, "1x"));
    }

    [Fact]
    public async Task CallerHangsUpDuringRead_ReadReturnsHungUp_AndTheCdrSaysRemoteHangUp()
    {
        var callId = await AnsweredCallAsync();
        _simulator.Attach(callId, new CallOwner("acme", "ivr", "ivr-1"));
        var reading = _simulator.ReadDigitAsync(callId, TimeSpan.FromSeconds(5), default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(2));

        _simulator.HangUpByCaller(callId);

        (await reading).ShouldBe(DigitReadResult.HungUp);
        await _simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp);
        var record = (await _records.FindAsync(callId, default)).ShouldNotBeNull();
        record.Cause.ShouldBe(HangUpCause.RemoteHangUp);
        record.Disposition.ShouldBe(CallDisposition.Answered);
        record.BillableSeconds.ShouldBe(2);
        (record.CompanyId, record.FlowId, record.InstanceId).ShouldBe(("acme", "ivr", "ivr-1"));
    }

    [Fact]
    public async Task CallerHangsUpWhileRinging_IsCancelled()
    {
        var call = _simulator.Ring("+15550001111", "+18005550100");

        _simulator.HangUpByCaller(call.Id);

        (await _simulator.AnswerAsync(call.Id, default)).ShouldBe(CallOperationResult.HungUp);
        (await _records.FindAsync(call.Id, default)).ShouldNotBeNull().Disposition.ShouldBe(CallDisposition.Cancelled);
    }

    [Fact]
    public async Task FlowRejectsARingingCall_CdrIsRejectedWith404()
    {
        var call = _simulator.Ring("+15550001111", "+18009999999");

        await _simulator.HangUpAsync(call.Id, HangUpCause.NotFound, default);

        var record = (await _records.FindAsync(call.Id, default)).ShouldNotBeNull();
        record.Disposition.ShouldBe(CallDisposition.Rejected);
        record.SipStatus.ShouldBe(404);
    }

    [Fact]
    public async Task FailPrompt_MakesThatPromptFailWithTheReason()
    {
        var callId = await AnsweredCallAsync();
        _simulator.FailPrompt("Bonjour", "voice fr-fr is not installed");

        var result = await _simulator.PlayAsync(callId, Prompt.Say("Bonjour", "fr-fr"), stopOnDigit: false, default);

        result.ShouldBe(CallOperationResult.Failed("voice fr-fr is not installed"));
    }

    [Fact]
    public async Task Dial_Unscripted_AnswersAtOnce_WithTheOwnerOnItsCdr()
    {
        var owner = new CallOwner("acme", "outbound", "outbound-1");
        var result = await _simulator.DialAsync(new DialRequest("+15559990000", "+18005550100", "main", TimeSpan.FromSeconds(30), owner), default);

        result.Status.ShouldBe(DialStatus.Answered);
        var call = result.Call.ShouldNotBeNull();
        _simulator.IsUp(call.Id).ShouldBeTrue();
        await _simulator.HangUpAsync(call.Id, HangUpCause.Normal, default);
        var record = (await _records.FindAsync(call.Id, default)).ShouldNotBeNull();
        (record.InstanceId, record.Trunk, record.Direction).ShouldBe(("outbound-1", "main", CallDirection.Outbound));
    }

    [Fact]
    public async Task Dial_ScriptedBusyAfterTwoSeconds_IsBusyThen()
    {
        _simulator.ScriptDial("+15559990000", DialStatus.Busy, TimeSpan.FromSeconds(2));

        var dialling = _simulator.DialAsync(new DialRequest("+15559990000", null, null, TimeSpan.FromSeconds(30)), default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(1));
        dialling.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        var result = await dialling;
        (result.Status, result.StatusCode).ShouldBe((DialStatus.Busy, 486));
    }

    [Fact]
    public async Task Dial_AnsweringLaterThanTheRingTimeout_IsNoAnswer()
    {
        _simulator.ScriptDial("+15559990000", DialStatus.Answered, TimeSpan.FromSeconds(40));

        var dialling = _simulator.DialAsync(new DialRequest("+15559990000", null, null, TimeSpan.FromSeconds(20)), default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(20));

        (await dialling).Status.ShouldBe(DialStatus.NoAnswer);
    }

    [Fact]
    public async Task Event_IsRaisedForEveryEntry_AndWaitUntilSeesPastEntries()
    {
        var seen = new List<string>();
        _simulator.Event += e => seen.Add(e.ToString());
        var callId = await AnsweredCallAsync();
        _simulator.PressDigits(callId, "9");

        var pressed = await _simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.DigitPressed);

        pressed.Text.ShouldBe("9");
        seen.ShouldBe(["ringing +18005550100", "answered", "pressed 9"]);
    }

    [Fact]
    public async Task CancelledPrompt_Throws()
    {
        var callId = await AnsweredCallAsync();
        using var cancel = new CancellationTokenSource();
        var playing = _simulator.PlayAsync(callId, Prompt.Say("Long"), stopOnDigit: false, cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(playing);
    }

    [Fact]
    public async Task Forget_DropsAnEndedLeg_ButNotALiveOne()
    {
        var callId = await AnsweredCallAsync();
        _simulator.Forget(callId).ShouldBeFalse();

        _simulator.HangUpByCaller(callId);
        await _simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp);

        _simulator.Forget(callId).ShouldBeTrue();
        _simulator.Transcript(callId).ShouldBeEmpty();
        (await _records.FindAsync(callId, default)).ShouldNotBeNull();
    }
}
