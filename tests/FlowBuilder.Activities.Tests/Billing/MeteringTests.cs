using FlowBuilder.Activities.Http;
using FlowBuilder.Activities.Tests.Http;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing.Billing;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Billing;

/// <summary>The billable actions built-in activities count: TTS characters spoken into calls and HTTP requests flows make.</summary>
public sealed class MeteringTests : IAsyncLifetime
{
    private readonly FakeMeter _meter = new();
    private readonly CallHarness _calls;

    public MeteringTests() => _calls = new CallHarness(configure: f =>
    {
        f.Services.AddSingleton<IMeter>(_meter);
        f.Services.Configure<HttpRequesterOptions>(o => o.RetryDelay = TimeSpan.Zero);
    });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    [Fact]
    public async Task Say_CountsTheCharactersSpoken_OncePerExecution()
    {
        await _calls.PublishAsync(Inbound("hello",
        [
            Node("answer", "telephony.answer"),
            Node("greet", "telephony.say", new { text = "Hello {{trigger.call.from}}" }),
            Node("bye", "telephony.say", new { text = "Bye" }),
        ]));

        var (call, result) = await _calls.CallAsync(Number, from: "+15550001111");
        (await _calls.FinishedAsync(result.InstanceId!)).Status.ShouldBe(InstanceStatus.Completed);

        var spoken = _meter.Of(BillingMetrics.TtsCharacters);
        spoken.Count.ShouldBe(2);
        spoken[0].Quantity.ShouldBe("Hello +15550001111".Length);
        spoken[0].SourceId.ShouldStartWith($"{result.InstanceId}:greet:");
        spoken[1].Quantity.ShouldBe(3m);
        spoken[1].SourceId.ShouldStartWith($"{result.InstanceId}:bye:");
        _meter.Calls.Count.ShouldBe(2, "each prompt is recorded once");
        await _calls.RecordOfAsync(call.Id);
    }

    [Fact]
    public async Task Menu_RepeatedPrompt_IsCountedEachTimeItIsPlayed_WithItsOwnSource()
    {
        await _calls.PublishAsync(Inbound("menu",
        [
            Node("answer", "telephony.answer"),
            Node("menu", "telephony.menu", new
            {
                prompt = "Press 1",
                options = new[] { new { digit = "1", name = "sales" } },
                retries = 1,
                timeoutSeconds = 5,
            }),
        ]));
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForDigitReadAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(5));
        await _calls.WaitForDigitReadAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(5));
        await _calls.FinishedAsync(result.InstanceId!);

        var spoken = _meter.Of(BillingMetrics.TtsCharacters);
        spoken.Select(e => e.Quantity).ShouldBe([7m, 7m]);
        spoken.Select(e => e.SourceId).Distinct().Count().ShouldBe(2);
        spoken[1].SourceId.ShouldBe(spoken[0].SourceId + ":2");
    }

    [Fact]
    public async Task Say_PromptFails_IsNotCounted()
    {
        _calls.Simulator.FailPrompt("Welcome", "espeak-ng exited with code 1");
        await _calls.PublishAsync(Inbound("tts", [Node("answer", "telephony.answer"), Node("greet", "telephony.say", new { text = "Welcome" })]));

        var (_, result) = await _calls.CallAsync(Number);
        await _calls.FinishedAsync(result.InstanceId!);

        _meter.Of(BillingMetrics.TtsCharacters).ShouldBeEmpty();
    }

    [Fact]
    public async Task HttpRequest_RetriedByTheRequester_IsOneWebhookCall()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Reply(new ScriptedReply(500), new ScriptedReply(503), ScriptedReply.Json(200, """{"ok":true}"""));
        var flow = HttpFlows.Fetch(new { url = receiver.Url("/orders") });

        var settled = await _calls.Host.RunAsync(_calls.Host.Compile(flow));

        HttpFlows.OutcomeOf(settled.Result).ShouldBe("success");
        receiver.Received.Count.ShouldBe(3);
        var call = _meter.Of(BillingMetrics.WebhookCalls).ShouldHaveSingleItem();
        call.Quantity.ShouldBe(1m);
        call.SourceId.ShouldStartWith($"{settled.InstanceId}:");
        _meter.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task MeteringFailure_IsLogged_AndTheFlowGoesOn()
    {
        _meter.Failure = new InvalidOperationException("ledger down");
        await _calls.PublishAsync(Inbound("hello", [Node("answer", "telephony.answer"), Node("greet", "telephony.say", new { text = "Hello" })]));

        var (_, result) = await _calls.CallAsync(Number);

        (await _calls.FinishedAsync(result.InstanceId!)).Status.ShouldBe(InstanceStatus.Completed);
        _meter.Calls.ShouldHaveSingleItem().Metric.ShouldBe(BillingMetrics.TtsCharacters);
    }
}
