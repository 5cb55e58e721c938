using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Conformance.Tests;

/// <summary>The support-line template: menu to two queues in business hours, voicemail after hours and when no agent answers.</summary>
public sealed class SupportLineTemplateTests
{
    private const string Line = "+18005550300";
    private static readonly DateTimeOffset MondayMorningInNewYork = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SundayInNewYork = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    private static async Task<CallHarness> HarnessAsync(DateTimeOffset now)
    {
        var calls = new CallHarness(clock: new FakeTimeProvider(now));
        var queues = calls.Host.Services.GetRequiredService<ICallQueueStore>();
        foreach (var (name, agent) in new[] { ("sales", "101"), ("support", "102") })
        {
            await queues.SaveAsync(new CallQueueDefinition(CallHarness.Company, name, [new QueueAgentDefinition(agent, agent)])
            {
                AnnounceEverySeconds = 0,
                MaxWaitSeconds = 60,
                AgentRingSeconds = 15,
            }, CancellationToken.None);
        }
        await calls.PublishAsync(FlowJson.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "flow-templates", "support-line.flow.json"))));
        return calls;
    }

    [Fact]
    public async Task SupportLine_InHours_Press2_TheSupportAgentAnswers_AndTheCallEndsWhenTheAgentHangsUp()
    {
        await using var calls = await HarnessAsync(MondayMorningInNewYork);
        var (call, result) = await calls.CallAsync(Line);
        await calls.WaitForDigitReadAsync(call.Id);

        calls.Simulator.PressDigits(call.Id, "2");
        var bridged = await calls.WaitForAsync(call.Id, SimulatedCallEventKind.Bridged);
        calls.Simulator.Find(bridged.Text!)!.To.ShouldBe("102");
        calls.Simulator.HangUpByCaller(bridged.Text!);

        await calls.FinishedAsync(result.InstanceId!);
        (await calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(
            ["incoming:done", "answer:done", "hours:open", "menu:support", "support-queue:connected", "hangup:done"]);
        var stays = await calls.Host.Services.GetRequiredService<IQueueCallStore>()
            .ListAsync(CallHarness.Company, "support", MondayMorningInNewYork.AddHours(-1), MondayMorningInNewYork.AddHours(1), CancellationToken.None);
        stays.ShouldHaveSingleItem().Result.ShouldBe(QueueCallResult.Answered);
    }

    [Fact]
    public async Task SupportLine_NoAgentAnswersWithinTheMaximumWait_TheCallerLeavesAVoicemail()
    {
        await using var calls = await HarnessAsync(MondayMorningInNewYork);
        calls.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var (call, result) = await calls.CallAsync(Line);
        await calls.WaitForDigitReadAsync(call.Id);
        calls.Simulator.PressDigits(call.Id, "1");
        await calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101").WaitAsync(TimeSpan.FromSeconds(10));

        calls.Clock.Advance(TimeSpan.FromSeconds(61));
        await calls.WaitForAsync(call.Id, SimulatedCallEventKind.RecordingStarted);
        calls.Clock.Advance(TimeSpan.FromSeconds(12));
        calls.Simulator.PressDigits(call.Id, "#");

        await calls.FinishedAsync(result.InstanceId!);
        (await calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(
            ["incoming:done", "answer:done", "hours:open", "menu:sales", "sales-queue:timeout", "busy:done", "voicemail:recorded", "thanks:done", "hangup:done"]);
        var message = (await calls.Recordings.ListAsync(new CallRecordingQuery(CallId: call.Id), CancellationToken.None)).ShouldHaveSingleItem();
        message.Duration.ShouldBe(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task SupportLine_AfterHours_SaysWhenItIsOpen_AndTakesAVoicemail()
    {
        await using var calls = await HarnessAsync(SundayInNewYork);
        var (call, result) = await calls.CallAsync(Line);
        await calls.WaitForAsync(call.Id, SimulatedCallEventKind.RecordingStarted);
        calls.Clock.Advance(TimeSpan.FromSeconds(30));

        calls.Simulator.PressDigits(call.Id, "#");

        await calls.FinishedAsync(result.InstanceId!);
        (await calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(
            ["incoming:done", "answer:done", "hours:closed", "closed:done", "voicemail:recorded", "thanks:done", "hangup:done"]);
        calls.Transcript(call.Id).ShouldContain(line => line.Contains("Monday to Friday", StringComparison.Ordinal));
    }
}
