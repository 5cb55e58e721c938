using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class GatherDigitsTests : IAsyncLifetime
{
    private readonly CallHarness _calls = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private async Task<(string CallId, string InstanceId)> CallGatherAsync(object gather)
    {
        await _calls.PublishAsync(Inbound("gather",
            [
                Node("answer", "telephony.answer"),
                Node("ask", "telephony.gather", gather),
                Node("end", "control.end", new { result = "js: outputs.ask.digits" }),
                Node("timeout", "control.end", new { result = "timeout" }),
                Node("invalid", "control.end", new { result = "js: 'invalid ' + outputs.ask.digits" }),
            ],
            [Edge("answer", "done", "ask"), Edge("ask", "done", "end"), Edge("ask", "timeout", "timeout"), Edge("ask", "invalid", "invalid")]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForDigitReadAsync(call.Id);
        return (call.Id, result.InstanceId!);
    }

    [Fact]
    public async Task GatherDigits_Terminator_EndsEntryWithoutIt()
    {
        var (callId, instanceId) = await CallGatherAsync(new { prompt = "Enter your PIN, then hash" });

        _calls.Simulator.PressDigits(callId, "42#");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("42");
        _calls.Transcript(callId).ShouldContain("said \"Enter your PIN, then hash\"");
    }

    [Fact]
    public async Task GatherDigits_MaxDigits_EndsEntryAtOnce()
    {
        var (callId, instanceId) = await CallGatherAsync(new { maxDigits = 4 });

        _calls.Simulator.PressDigits(callId, "12345");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("1234");
    }

    [Fact]
    public async Task GatherDigits_NoInputBeforeTimeout_TakesTimeoutOutcome()
    {
        var (_, instanceId) = await CallGatherAsync(new { firstDigitTimeoutSeconds = 5 });
        var finished = _calls.FinishedAsync(instanceId);

        _calls.Clock.Advance(TimeSpan.FromSeconds(4.9));
        finished.IsCompleted.ShouldBeFalse();
        _calls.Clock.Advance(TimeSpan.FromSeconds(0.1));

        (await finished).Result.ShouldBe("timeout");
    }

    [Fact]
    public async Task GatherDigits_PauseAfterDigits_EndsEntryAtTheInterDigitTimeout()
    {
        var (callId, instanceId) = await CallGatherAsync(new { interDigitTimeoutSeconds = 3 });
        _calls.Simulator.PressDigits(callId, "12");
        await _calls.WaitForDigitReadAsync(callId);

        _calls.Clock.Advance(TimeSpan.FromSeconds(3));

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("12");
    }

    [Fact]
    public async Task GatherDigits_FewerThanMinDigits_TakesInvalid()
    {
        var (callId, instanceId) = await CallGatherAsync(new { minDigits = 3 });

        _calls.Simulator.PressDigits(callId, "1#");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("invalid 1");
    }
}
