using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Testing.CallCentre;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class EnqueueTests : IAsyncLifetime
{
    private const string Music = "hold.wav";
    private readonly QueueCallHarness _calls = new();

    public async Task InitializeAsync()
    {
        _calls.Simulator.SetAudioDuration(Music, TimeSpan.FromMinutes(10));
        await _calls.PublishAsync(Inbound("queue",
            [
                Node("q", "telephony.enqueue", new { queue = "support" }),
                Node("connected", "control.end", new { result = "js: 'connected ' + outputs.q.agentId + ' waited ' + outputs.q.waitSeconds + ' talked ' + outputs.q.talkSeconds" }),
                Node("hangup", "control.end", new { result = "js: 'hangup ' + outputs.q.waitSeconds" }),
                Node("timeout", "control.end", new { result = "js: 'timeout ' + outputs.q.waitSeconds" }),
                Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.q.error" }),
            ],
            [Edge("q", "connected", "connected"), Edge("q", "hangup", "hangup"), Edge("q", "timeout", "timeout"), Edge("q", "failed", "failed")]));
    }

    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task SaveQueueAsync(Func<CallQueueDefinition, CallQueueDefinition>? change = null, params string[] agents)
    {
        var queue = new CallQueueDefinition(QueueCallHarness.Company, "support", agents.Select(a => new QueueAgentDefinition(a, a)).ToList())
        {
            HoldMusic = Music,
            AnnounceEverySeconds = 0,
            MaxWaitSeconds = 0,
            WrapUpSeconds = 0,
        };
        return _calls.QueueStore.SaveAsync(change?.Invoke(queue) ?? queue, CancellationToken.None).AsTask();
    }

    private Task<SimulatedCallEvent> HoldMusicAsync(string callId) =>
        _calls.WaitUntilAsync(e => e.CallId == callId && e.Kind == SimulatedCallEventKind.Played && e.Text == Music);

    [Fact]
    public async Task AgentAnswers_TheCallerIsBridged_AndTakesConnectedWhenTheAgentHangsUp()
    {
        await SaveQueueAsync(null, "101");
        _calls.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(3));
        var (call, result) = await _calls.CallAsync(Number);
        await HoldMusicAsync(call.Id);
        var agentLeg = (await _calls.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101")).CallId;

        _calls.Clock.Advance(TimeSpan.FromSeconds(3));
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Bridged);
        _calls.Clock.Advance(TimeSpan.FromSeconds(40));
        _calls.Simulator.HangUpByCaller(agentLeg);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("connected 101 waited 3 talked 40");
        _calls.Transcript(call.Id).Take(5).ShouldBe(["ringing " + Number, "answered", "played hold.wav", "bridged to " + agentLeg, "unbridged from " + agentLeg]);
        var record = await _calls.QueueCalls.RecordOfAsync(call.Id);
        record.Result.ShouldBe(QueueCallResult.Answered);
        record.AgentId.ShouldBe("101");
        record.WaitSeconds.ShouldBe(3);
        (record.TalkEndedAt - record.LeftAt).ShouldBe(TimeSpan.FromSeconds(40));
        (await _calls.RecordOfAsync(agentLeg)).InstanceId.ShouldBe(result.InstanceId);
    }

    [Fact]
    public async Task CallerHangsUpWhileWaiting_TakesHangup_AndIsRecordedAsAbandoned()
    {
        await SaveQueueAsync();
        var (call, result) = await _calls.CallAsync(Number);
        await HoldMusicAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(12));

        _calls.Simulator.HangUpByCaller(call.Id);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("hangup 12");
        var record = await _calls.QueueCalls.RecordOfAsync(call.Id);
        record.Result.ShouldBe(QueueCallResult.Abandoned);
        record.WaitSeconds.ShouldBe(12);
        _calls.Queues.Snapshot((await _calls.QueueStore.FindAsync(QueueCallHarness.Company, "support", CancellationToken.None))!).Waiting.ShouldBe(0);
    }

    [Fact]
    public async Task CallerHangsUpWhileTalking_TakesHangup_AndTheAgentLegIsHungUp()
    {
        await SaveQueueAsync(null, "101");
        var (call, result) = await _calls.CallAsync(Number);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Bridged);
        var agentLeg = (await _calls.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101")).CallId;

        _calls.Simulator.HangUpByCaller(call.Id);

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("hangup 0");
        (await _calls.RecordOfAsync(agentLeg)).Cause.ShouldBe(HangUpCause.Normal);
        (await _calls.QueueCalls.RecordOfAsync(call.Id)).Result.ShouldBe(QueueCallResult.Answered);
    }

    [Fact]
    public async Task MaxWaitPasses_TakesTimeout_WithTheCallerStillOnTheLine()
    {
        await SaveQueueAsync(q => q with { MaxWaitSeconds = 30 }, "101");
        _calls.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var (call, result) = await _calls.CallAsync(Number);
        var ring = await _calls.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101");
        await HoldMusicAsync(call.Id);

        _calls.Clock.Advance(TimeSpan.FromSeconds(15));
        (await _calls.RecordOfAsync(ring.CallId)).Disposition.ShouldBe(CallDisposition.NoAnswer);
        _calls.Clock.Advance(TimeSpan.FromSeconds(15));

        (await _calls.FinishedAsync(result.InstanceId!)).Result.ShouldBe("timeout 30");
        (await _calls.QueueCalls.RecordOfAsync(call.Id)).Result.ShouldBe(QueueCallResult.TimedOut);
        _calls.Transcript(call.Id).ShouldNotContain(line => line.StartsWith("hung up by Remote", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhileWaiting_TheCallerHearsTheirPositionAndExpectedWait_EveryAnnounceInterval()
    {
        await SaveQueueAsync(q => q with { AnnounceEverySeconds = 30 });
        var (first, _) = await _calls.CallAsync(Number, "+15550000001");
        await HoldMusicAsync(first.Id); // in the queue before the second caller rings
        var (second, _) = await _calls.CallAsync(Number, "+15550000002");
        await HoldMusicAsync(second.Id);

        _calls.Clock.Advance(TimeSpan.FromSeconds(30));

        (await _calls.WaitForAsync(first.Id, SimulatedCallEventKind.Said)).Text.ShouldBe("You are caller number 1. Your expected wait is about 1 minute.");
        (await _calls.WaitForAsync(second.Id, SimulatedCallEventKind.Said)).Text.ShouldBe("You are caller number 2. Your expected wait is about 2 minutes.");
    }

    [Fact]
    public async Task TwoCallersAndTwoFreeAgents_BothAgentsRingAtOnce_AndEachCallerIsBridged()
    {
        await SaveQueueAsync(q => q with { Strategy = QueueStrategy.RoundRobin }, "101", "102");
        _calls.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(3));
        _calls.Simulator.ScriptDial("102", DialStatus.Answered, TimeSpan.FromSeconds(3));
        var (first, firstResult) = await _calls.CallAsync(Number, "+15550000001");
        await _calls.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101");
        var (second, secondResult) = await _calls.CallAsync(Number, "+15550000002");
        var secondLeg = (await _calls.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "102")).CallId;

        _calls.Clock.Advance(TimeSpan.FromSeconds(3));

        await _calls.WaitForAsync(first.Id, SimulatedCallEventKind.Bridged);
        (await _calls.WaitForAsync(second.Id, SimulatedCallEventKind.Bridged)).Text.ShouldBe(secondLeg);
        _calls.Simulator.HangUpByCaller(first.Id);
        _calls.Simulator.HangUpByCaller(second.Id);
        (await _calls.FinishedAsync(firstResult.InstanceId!)).Result.ShouldBe("hangup 3");
        (await _calls.FinishedAsync(secondResult.InstanceId!)).Result.ShouldBe("hangup 3");
        (await _calls.QueueCalls.RecordOfAsync(second.Id)).AgentId.ShouldBe("102");
    }

    [Fact]
    public async Task UnknownQueue_TakesFailed_NamingTheQueue()
    {
        var (_, result) = await _calls.CallAsync(Number);

        var settled = await _calls.FinishedAsync(result.InstanceId!);

        settled.Result.ShouldBe("failed: There is no queue 'support': create it under Call centre › Queues, or fix the node's 'queue' input.");
    }
}
