using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class CallBasicsTests : IAsyncLifetime
{
    private readonly CallHarness _calls = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    [Fact]
    public async Task AnswerSayHangUp_WritesTheTranscriptAndTheJournal()
    {
        await _calls.PublishAsync(Inbound("hello",
        [
            Node("answer", "telephony.answer"),
            Node("greet", "telephony.say", new { text = "Hello {{trigger.call.from}}", voice = "en-us" }),
            Node("bye", "telephony.hangup"),
        ]));

        var (call, result) = await _calls.CallAsync(Number, from: "+15550001111");
        result.IsStarted.ShouldBeTrue();
        (await _calls.FinishedAsync(result.InstanceId!)).Status.ShouldBe(InstanceStatus.Completed);
        await _calls.RecordOfAsync(call.Id);

        _calls.Transcript(call.Id).ShouldBe(["ringing +18005550100", "answered", "said \"Hello +15550001111\" (en-us)", "hung up by Flow (Normal)"]);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(["in:done", "answer:done", "greet:done", "bye:done"]);
        var journal = await _calls.Host.Store.GetJournalAsync(result.InstanceId!, CancellationToken.None);
        var outputs = System.Text.Json.JsonDocument.Parse(journal.Single(e => e.NodeId == "greet").Outputs.ShouldNotBeNull()).RootElement;
        outputs.GetProperty("said").GetString().ShouldBe("Hello +15550001111");
        outputs.GetProperty("callId").GetString().ShouldBe(call.Id);
    }

    [Fact]
    public async Task PlayAudioAndPause_PlayTheFileThenSilence()
    {
        await _calls.PublishAsync(Inbound("play",
        [
            Node("answer", "telephony.answer"),
            Node("music", "telephony.play", new { file = "welcome.wav" }),
            Node("quiet", "telephony.pause", new { seconds = 2 }),
        ]));

        var (call, result) = await _calls.CallAsync(Number);
        await _calls.FinishedAsync(result.InstanceId!);
        await _calls.RecordOfAsync(call.Id);

        _calls.Transcript(call.Id).ShouldBe(["ringing +18005550100", "answered", "played welcome.wav", "silence 2s", "hung up by Flow (Normal)"]);
    }

    [Fact]
    public async Task Say_TtsFails_TakesFailedWithTheReason()
    {
        _calls.Simulator.FailPrompt("Welcome", "espeak-ng exited with code 1");
        await _calls.PublishAsync(Inbound("tts",
            [Node("answer", "telephony.answer"), Node("greet", "telephony.say", new { text = "Welcome" }), Node("end", "control.end", new { result = "js: 'failed: ' + outputs.greet.error" })],
            [Edge("answer", "done", "greet"), Edge("greet", "failed", "end")]));

        var (call, result) = await _calls.CallAsync(Number);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("failed: espeak-ng exited with code 1");
        _calls.Transcript(call.Id).ShouldContain("prompt failed: espeak-ng exited with code 1");
    }

    [Fact]
    public async Task NoCall_TakesFailedWithAnError()
    {
        var plan = _calls.Host.Compile(Flow("nocall", [Node("greet", "telephony.say", new { text = "Hi" }), Node("end", "control.end", new { result = "js: outputs.greet.error" })], [Edge("greet", "failed", "end")]));

        var settled = await _calls.Host.RunAsync(plan);

        settled.Result.ShouldBeOfType<string>().ShouldContain("This flow has no call");
    }

    [Fact]
    public async Task AcceptInbound_NumberWithoutFlow_RejectsTheCallWith404()
    {
        var (call, result) = await _calls.CallAsync("+18009999999");

        result.ShouldBe(InboundCallResult.NotFound);
        var record = await _calls.RecordOfAsync(call.Id);
        record.Disposition.ShouldBe(CallDisposition.Rejected);
        record.Cause.ShouldBe(HangUpCause.NotFound);
        record.SipStatus.ShouldBe(404);
        _calls.Transcript(call.Id).Last().ShouldBe("hung up by Flow (NotFound)");
    }

    [Fact]
    public async Task PublishingAnIncomingCallNode_BindsItsNumberToTheFlow()
    {
        var published = await _calls.PublishAsync(Inbound("bound", [Node("answer", "telephony.answer")]));

        published.Trigger.ShouldNotBeNull().Type.ShouldBe(Engine.Definitions.TriggerType.Call);
        published.Trigger.Number.ShouldBe(Number);
        (await _calls.Calls.FindAsync(Number, CancellationToken.None)).ShouldNotBeNull().FlowId.ShouldBe("bound");
    }

    [Fact]
    public void IncomingCallNode_DisagreeingWithTheFlowTrigger_IsInvalid()
    {
        var flow = Inbound("clash", [Node("answer", "telephony.answer")]) with
        {
            Trigger = new Engine.Definitions.FlowTrigger { Type = Engine.Definitions.TriggerType.Call, Number = "+18005550999" },
        };

        var report = _calls.Host.Compiler.Validate(flow);

        report.Problems.ShouldContain(p => p.Code == "invalid-trigger" && p.NodeId == "in");
    }
}
