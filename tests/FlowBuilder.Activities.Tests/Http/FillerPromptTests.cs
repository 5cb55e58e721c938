using FlowBuilder.Activities.Http;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>HTTP Request on a live (simulated) call: a slow answer is covered by the filler prompt, which stops when
/// the answer arrives. Prompts take simulated time, so the filler is still playing when the answer comes.</summary>
public sealed class FillerPromptTests : IAsyncLifetime
{
    private const string Filler = "One moment please";

    private readonly CallHarness _calls = new(instantPrompts: false);
    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _calls.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task SlowAnswer_PlaysTheFillerAfterTheDelay_AndStopsItWhenTheAnswerArrives()
    {
        var answer = new TaskCompletionSource();
        _receiver.Reply(ScriptedReply.Json(200, """{"balance":42}""") with { Hold = answer.Task });
        await _calls.PublishAsync(Inbound("filler",
            [Node("answer", "telephony.answer"),
             Node("fetch", "http.request", new { url = _receiver.Url("/balance"), fillerPrompt = Filler, fillerDelaySeconds = 2 }),
             Node("tell", "telephony.say", new { text = "Your balance is {{ outputs.fetch.body.balance }}" }),
             Node("end", "control.end", new { result = "js: outputs.fetch.fillerPlayed" })],
            [Edge("answer", "done", "fetch"), Edge("fetch", "success", "tell"), Edge("tell", "done", "end")]));
        var (call, result) = await _calls.CallAsync(Number);
        await _receiver.NextAsync();

        _calls.Clock.Advance(TimeSpan.FromSeconds(1.9));
        _calls.Transcript(call.Id).ShouldBe(["ringing +18005550100", "answered"]);
        _calls.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await _calls.Simulator.WaitUntilAsync(e => e.CallId == call.Id && e.Text == Filler).WaitAsync(TimeSpan.FromSeconds(10));

        answer.SetResult();
        await _calls.Simulator.WaitUntilAsync(e => e.CallId == call.Id && e.Text == "Your balance is 42").WaitAsync(TimeSpan.FromSeconds(10));
        // Long enough to end the answer's prompt, and for a filler that was not stopped to come round again.
        _calls.Clock.Advance(TimeSpan.FromSeconds(10));

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe(true);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.HungUp);
        _calls.Transcript(call.Id).ShouldBe(["ringing +18005550100", "answered", $"said \"{Filler}\"", "said \"Your balance is 42\"", "hung up by Flow (Normal)"]);
    }

    [Fact]
    public async Task FastAnswer_PlaysNoFiller()
    {
        await _calls.PublishAsync(Inbound("fast",
            [Node("answer", "telephony.answer"),
             Node("fetch", "http.request", new { url = _receiver.Url("/fast"), fillerPrompt = Filler }),
             Node("end", "control.end", new { result = "js: outputs.fetch.fillerPlayed" })],
            [Edge("answer", "done", "fetch"), Edge("fetch", "success", "end")]));
        var (call, result) = await _calls.CallAsync(Number);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe(false);
        _calls.Clock.Advance(TimeSpan.FromSeconds(10));

        _calls.Transcript(call.Id).ShouldNotContain(line => line.Contains(Filler));
    }

    [Fact]
    public async Task CallerHangsUpDuringTheFiller_TheRequestStillDecides_AndTheNextCallNodeSeesTheHangup()
    {
        var answer = new TaskCompletionSource();
        _receiver.Reply(ScriptedReply.Json(201, """{"ticket":"T-9"}""") with { Hold = answer.Task });
        await _calls.PublishAsync(Inbound("gone",
            [Node("answer", "telephony.answer"),
             Node("fetch", "http.request", new { url = _receiver.Url("/tickets"), method = "post", body = new { from = "{{ trigger.call.from }}" }, fillerPrompt = Filler, fillerDelaySeconds = 1 }),
             Node("tell", "telephony.say", new { text = "Your ticket is {{ outputs.fetch.body.ticket }}" }),
             Node("told", "control.end", new { result = "told" }),
             Node("left", "control.end", new { result = "js: 'caller left; ticket ' + outputs.fetch.body.ticket" })],
            [Edge("answer", "done", "fetch"), Edge("fetch", "success", "tell"), Edge("tell", "done", "told"), Edge("tell", "hangup", "left")]));
        var (call, result) = await _calls.CallAsync(Number);
        await _receiver.NextAsync();
        _calls.Clock.Advance(TimeSpan.FromSeconds(1));
        await _calls.Simulator.WaitUntilAsync(e => e.CallId == call.Id && e.Text == Filler).WaitAsync(TimeSpan.FromSeconds(10));

        _calls.Simulator.HangUpByCaller(call.Id);
        answer.SetResult();

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("caller left; ticket T-9");
        _receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task FlowWithoutACall_IgnoresTheFiller()
    {
        var answer = new TaskCompletionSource();
        _receiver.Reply(ScriptedReply.Json(200, "{}") with { Hold = answer.Task });
        var plan = _calls.Host.Compile(HttpFlows.Fetch(new { url = _receiver.Url("/no-call"), fillerPrompt = Filler, fillerDelaySeconds = 0 }));
        var handle = _calls.Host.Engine.Start(plan, new StartRequest("default", plan.FlowId));
        await _receiver.NextAsync();
        _calls.Clock.Advance(TimeSpan.FromSeconds(5));

        answer.SetResult();

        var settled = await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10));
        HttpFlows.OutcomeOf(settled.Result).ShouldBe("success");
        HttpFlows.OutputsOf(settled.Result)["fillerPlayed"].ShouldBe(false);
    }
}
