using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class MenuTests : IAsyncLifetime
{
    private const string Prompt = "Press 1 for sales, 2 for support";
    private readonly CallHarness _calls = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private async Task<(string CallId, string InstanceId)> CallMenuAsync(int retries)
    {
        await _calls.PublishAsync(Inbound("menu",
            [
                Node("answer", "telephony.answer"),
                Node("menu", "telephony.menu", new
                {
                    prompt = Prompt,
                    options = new[] { new { digit = "1", name = "sales" }, new { digit = "2", name = "support" } },
                    retries,
                    invalidPrompt = "Sorry, that is not an option",
                    timeoutPrompt = "Are you still there?",
                    timeoutSeconds = 5,
                }),
                Node("sales", "control.end", new { result = "js: 'sales after ' + outputs.menu.attempts" }),
                Node("support", "control.end", new { result = "js: 'support after ' + outputs.menu.attempts" }),
                Node("invalid", "control.end", new { result = "js: 'invalid ' + outputs.menu.digit" }),
                Node("timeout", "control.end", new { result = "timeout" }),
            ],
            [
                Edge("answer", "done", "menu"), Edge("menu", "sales", "sales"), Edge("menu", "support", "support"),
                Edge("menu", "invalid", "invalid"), Edge("menu", "timeout", "timeout"),
            ]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForDigitReadAsync(call.Id);
        return (call.Id, result.InstanceId!);
    }

    [Fact]
    public async Task Menu_OptionKey_TakesThatOptionsOutcome()
    {
        var (callId, instanceId) = await CallMenuAsync(retries: 3);

        _calls.Simulator.PressDigits(callId, "2");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("support after 1");
    }

    [Fact]
    public async Task Menu_WrongKeyThenRightKey_SaysTheInvalidPromptAndAsksAgain()
    {
        var (callId, instanceId) = await CallMenuAsync(retries: 1);

        _calls.Simulator.PressDigits(callId, "9");
        await _calls.WaitForDigitReadAsync(callId);
        _calls.Simulator.PressDigits(callId, "1");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("sales after 2");
        await _calls.RecordOfAsync(callId);
        _calls.Transcript(callId).ShouldBe(
        [
            "ringing +18005550100", "answered", $"said \"{Prompt}\"", "pressed 9", "said \"Sorry, that is not an option\"",
            $"said \"{Prompt}\"", "pressed 1", "hung up by Flow (Normal)",
        ]);
    }

    [Fact]
    public async Task Menu_WrongKeysUntilRetriesRunOut_TakesInvalid()
    {
        var (callId, instanceId) = await CallMenuAsync(retries: 1);

        _calls.Simulator.PressDigits(callId, "7");
        await _calls.WaitForDigitReadAsync(callId);
        _calls.Simulator.PressDigits(callId, "8");

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("invalid 8");
        _calls.Transcript(callId).Count(line => line == $"said \"{Prompt}\"").ShouldBe(2);
    }

    [Fact]
    public async Task Menu_SilenceUntilRetriesRunOut_SaysTheTimeoutPromptAndTakesTimeout()
    {
        var (callId, instanceId) = await CallMenuAsync(retries: 1);

        _calls.Clock.Advance(TimeSpan.FromSeconds(5));
        await _calls.WaitForDigitReadAsync(callId);
        _calls.Clock.Advance(TimeSpan.FromSeconds(5));

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("timeout");
        _calls.Transcript(callId).Count(line => line == "said \"Are you still there?\"").ShouldBe(1);
    }
}
