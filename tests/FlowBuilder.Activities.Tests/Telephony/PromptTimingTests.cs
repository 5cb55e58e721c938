using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

/// <summary>Prompts that take simulated time, so digits and hang-ups can land while one plays.</summary>
public sealed class PromptTimingTests : IAsyncLifetime
{
    private readonly CallHarness _calls = new(instantPrompts: false);

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    [Fact]
    public async Task GatherDigits_DigitsDuringThePrompt_BargeInAndCount()
    {
        await _calls.PublishAsync(Inbound("barge",
            [Node("answer", "telephony.answer"), Node("ask", "telephony.gather", new { prompt = "Please enter your three digit code", maxDigits = 3 }), Node("end", "control.end", new { result = "js: outputs.ask.digits" })]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Said);

        _calls.Simulator.PressDigits(call.Id, "123");

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("123");
        _calls.Transcript(call.Id).ShouldContain("interrupted \"Please enter your three digit code\"");
    }

    [Fact]
    public async Task Say_WithoutBargeIn_PlaysToTheEndDespiteDigits()
    {
        await _calls.PublishAsync(Inbound("nobarge",
            [Node("answer", "telephony.answer"), Node("greet", "telephony.say", new { text = "Listen to all of this" }), Node("end", "control.end", new { result = "js: outputs.greet.interrupted" })]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Said);
        _calls.Simulator.PressDigits(call.Id, "5");
        var finished = _calls.FinishedAsync(result.InstanceId!);
        finished.IsCompleted.ShouldBeFalse();

        _calls.Clock.Advance(TimeSpan.FromMilliseconds(60 * "Listen to all of this".Length));

        (await finished).Result.ShouldBe(false);
    }

    [Fact]
    public async Task CallerHangsUpMidPrompt_TakesHangup_AndTheCdrSaysRemoteHangUp()
    {
        await _calls.PublishAsync(Inbound("gone",
            [Node("answer", "telephony.answer"), Node("greet", "telephony.say", new { text = "This is a long announcement" }), Node("end", "control.end", new { result = "caller left" })],
            [Edge("answer", "done", "greet"), Edge("greet", "hangup", "end")]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Said);

        _calls.Simulator.HangUpByCaller(call.Id);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("caller left");
        var record = await _calls.RecordOfAsync(call.Id);
        record.Cause.ShouldBe(HangUpCause.RemoteHangUp);
        record.Disposition.ShouldBe(CallDisposition.Answered);
        _calls.Transcript(call.Id).Last().ShouldBe("hung up by Remote (RemoteHangUp)");
    }
}
