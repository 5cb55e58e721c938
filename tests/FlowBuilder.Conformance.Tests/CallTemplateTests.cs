using FlowBuilder.Engine.Definitions;
using FlowBuilder.Testing;

namespace FlowBuilder.Conformance.Tests;

/// <summary>The call templates in flow-templates/ answer their numbers in the call simulator and do what they say.</summary>
public sealed class CallTemplateTests : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "flow-templates");
    private readonly CallHarness _calls = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private async Task PublishTemplateAsync(string file) =>
        await _calls.PublishAsync(FlowJson.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, file))));

    [Fact]
    public async Task IvrMenu_Pressing2_TakesTheSupportBranchAndHangsUp()
    {
        await PublishTemplateAsync("ivr-menu.flow.json");
        var (call, result) = await _calls.CallAsync("+18005550100");
        result.IsStarted.ShouldBeTrue();
        await _calls.WaitForDigitReadAsync(call.Id);

        _calls.Simulator.PressDigits(call.Id, "2");

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(["incoming:done", "answer:done", "menu:support", "support:done", "hangup:done"]);
        (await _calls.RecordOfAsync(call.Id)).FlowId.ShouldBe("ivr-menu");
        _calls.Transcript(call.Id).ShouldContain(line => line.Contains("For support, visit our help centre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IvrMenu_Pressing3_SaysTheOpeningHours()
    {
        await PublishTemplateAsync("ivr-menu.flow.json");
        var (call, result) = await _calls.CallAsync("+18005550100");
        await _calls.WaitForDigitReadAsync(call.Id);

        _calls.Simulator.PressDigits(call.Id, "3");

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldContain("menu:hours");
        _calls.Transcript(call.Id).ShouldContain(line => line.Contains("nine to five", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IvrMenu_WrongKeyEveryTry_IsToldWhyThenGoodbye()
    {
        await PublishTemplateAsync("ivr-menu.flow.json");
        var (call, result) = await _calls.CallAsync("+18005550100");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _calls.WaitForDigitReadAsync(call.Id);
            _calls.Simulator.PressDigits(call.Id, "9");
        }

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldContain("menu:invalid");
        _calls.Transcript(call.Id).Count(line => line.Contains("not one of the choices", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
        _calls.Transcript(call.Id).ShouldContain(line => line.Contains("Please call again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IvrMenu_NoKeyEveryTry_TimesOutWithTheTimeoutPromptThenGoodbye()
    {
        await PublishTemplateAsync("ivr-menu.flow.json");
        var (call, result) = await _calls.CallAsync("+18005550100");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _calls.WaitForDigitReadAsync(call.Id);
            _calls.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldContain("menu:timeout");
        _calls.Transcript(call.Id).ShouldContain(line => line.Contains("did not hear a choice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Survey_Pressing4_StoresTheRatingAndThanksTheCaller()
    {
        await PublishTemplateAsync("survey.flow.json");
        var (call, result) = await _calls.CallAsync("+18005550200");
        await _calls.WaitForDigitReadAsync(call.Id);

        _calls.Simulator.PressDigits(call.Id, "4");

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("4");
        _calls.Transcript(call.Id).ShouldContain("said \"Thank you, you rated us 4 out of 5. Goodbye.\"");
    }
}
