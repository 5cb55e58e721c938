using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class RecordingTests : IAsyncLifetime
{
    private readonly CallHarness _calls = new(instantPrompts: false);

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task PublishVoicemailAsync(object inputs) => _calls.PublishAsync(Inbound("voicemail",
        [
            Node("answer", "telephony.answer"),
            Node("vm", "telephony.record-message", inputs),
            Node("recorded", "control.end", new { result = "js: 'recorded ' + outputs.vm.stoppedBy + ' ' + outputs.vm.durationSeconds + ' ' + outputs.vm.recordingId" }),
            Node("hangup", "control.end", new { result = "js: 'hangup ' + outputs.vm.stoppedBy + ' ' + outputs.vm.durationSeconds + ' ' + outputs.vm.recordingId" }),
        ],
        [Edge("answer", "done", "vm"), Edge("vm", "recorded", "recorded"), Edge("vm", "hangup", "hangup")]));

    private async Task<CallRecording> RecordingIn(object? result, string expectedPrefix)
    {
        var text = result.ShouldBeOfType<string>();
        text.ShouldStartWith(expectedPrefix);
        var recordingId = text.Split(' ')[^1];
        return (await _calls.Recordings.FindAsync(recordingId, CancellationToken.None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task StartThenStopRecording_StoresTheRecordingWithTheCallAndInstance()
    {
        await _calls.PublishAsync(Inbound("rec",
        [
            Node("answer", "telephony.answer"),
            Node("start", "telephony.start-recording", new { legs = "both" }),
            Node("wait", "telephony.pause", new { seconds = 4 }),
            Node("stop", "telephony.stop-recording"),
            Node("end", "control.end", new { result = "js: outputs.stop.durationSeconds + ' ' + outputs.stop.bytes + ' ' + outputs.start.recordingId" }),
        ]));
        var (call, started) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Silence);

        _calls.Clock.Advance(TimeSpan.FromSeconds(4));

        var recording = await RecordingIn((await _calls.FinishedAsync(started.InstanceId!)).Result, "4 " + (44 + 4 * 8000 * 2 * 2));
        recording.CallId.ShouldBe(call.Id);
        recording.InstanceId.ShouldBe(started.InstanceId);
        recording.FlowId.ShouldBe("rec");
        recording.Legs.ShouldBe(RecordingLegs.Both);
    }

    [Fact]
    public async Task StopRecording_WithNothingStarted_TakesFailed()
    {
        await _calls.PublishAsync(Inbound("rec",
            [Node("stop", "telephony.stop-recording"), Node("end", "control.end", new { result = "js: outputs.stop.error" })],
            [Edge("stop", "failed", "end")]));

        var (_, started) = await _calls.CallAsync(Number);

        (await _calls.FinishedAsync(started.InstanceId!)).Result.ShouldBe("There is no recording to stop: start one with Start Recording first, or set 'recording id'.");
    }

    [Fact]
    public async Task RecordMessage_StopsOnHash()
    {
        await PublishVoicemailAsync(new { prompt = "Please leave a message after the tone." });
        var (call, started) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Said);
        _calls.Clock.Advance(TimeSpan.FromSeconds(10));
        await _calls.WaitForDigitReadAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(7));
        _calls.Simulator.PressDigits(call.Id, "1");
        await _calls.WaitForDigitReadAsync(call.Id);

        _calls.Simulator.PressDigits(call.Id, "#");

        var recording = await RecordingIn((await _calls.FinishedAsync(started.InstanceId!)).Result, "recorded digit 7 ");
        recording.Duration.ShouldBe(TimeSpan.FromSeconds(7));
        recording.Legs.ShouldBe(RecordingLegs.Caller);
        recording.InstanceId.ShouldBe(started.InstanceId);
    }

    [Fact]
    public async Task RecordMessage_StopsAtTheMaximumOnTheClock()
    {
        await PublishVoicemailAsync(new { maxSeconds = 30 });
        var (call, started) = await _calls.CallAsync(Number);
        await _calls.WaitForDigitReadAsync(call.Id);

        _calls.Clock.Advance(TimeSpan.FromSeconds(30));

        var recording = await RecordingIn((await _calls.FinishedAsync(started.InstanceId!)).Result, "recorded max 30 ");
        recording.Duration.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RecordMessage_CallerHangsUp_TakesHangup_AndKeepsTheMessage()
    {
        await PublishVoicemailAsync(new { });
        var (call, started) = await _calls.CallAsync(Number);
        await _calls.WaitForDigitReadAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(9));

        _calls.Simulator.HangUpByCaller(call.Id);

        var recording = await RecordingIn((await _calls.FinishedAsync(started.InstanceId!)).Result, "hangup hangup 9 ");
        recording.CallId.ShouldBe(call.Id);
    }
}
