using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;
using static FlowBuilder.Engine.Tests.CallCentre.Queues.QueueRig;

namespace FlowBuilder.Engine.Tests.CallCentre.Queues;

public sealed class CallQueuesDispatchTests
{
    private readonly QueueRig _rig = new();

    [Fact]
    public async Task RoundRobin_RingsTheAgentsInTurn_ContinuingAfterTheLastOneAcrossCalls()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101", "102", "103");
        var answered = new List<string>();

        for (var i = 0; i < 4; i++)
        {
            var caller = await _rig.CallerAsync(queue, $"+1555000000{i}");
            var connection = await caller.ConnectedAsync();
            answered.Add(connection.AgentId);
            _rig.Queues.EndCall(caller.Ticket);
        }

        answered.ShouldBe(["101", "102", "103", "101"]);
        _rig.Dialled.ShouldBe(["101", "102", "103", "101"]);
    }

    [Fact]
    public async Task LongestIdle_RingsTheAgentIdleTheLongestFirst()
    {
        var queue = Queue(QueueStrategy.LongestIdle, "101", "102", "103");
        foreach (var agent in new[] { "101", "102", "103" }) _rig.Queues.LogOut(queue, agent);
        foreach (var agent in new[] { "103", "101", "102" })
        {
            _rig.Clock.Advance(TimeSpan.FromSeconds(1));
            _rig.Queues.LogIn(queue, agent);
        }
        var answered = new List<string>();

        for (var i = 0; i < 3; i++)
        {
            _rig.Clock.Advance(TimeSpan.FromSeconds(1));
            var caller = await _rig.CallerAsync(queue, $"+1555000000{i}");
            answered.Add((await caller.ConnectedAsync()).AgentId);
            _rig.Queues.EndCall(caller.Ticket);
        }

        answered.ShouldBe(["103", "101", "102"]);
    }

    [Fact]
    public async Task RingAll_FirstAgentToAnswerTakesTheCall_AndTheOthersAreCancelled()
    {
        var queue = Queue(QueueStrategy.RingAll, "101", "102", "103");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(5));
        _rig.Simulator.ScriptDial("102", DialStatus.Answered, TimeSpan.FromSeconds(2));
        _rig.Simulator.ScriptDial("103", DialStatus.NoAnswer);
        var caller = await _rig.CallerAsync(queue, "+15550000001");
        var legs = new Dictionary<string, string>();
        foreach (var agent in new[] { "101", "102", "103" }) legs[agent] = (await _rig.DiallingAsync(agent)).CallId;

        _rig.Clock.Advance(TimeSpan.FromSeconds(2));

        var connection = await caller.ConnectedAsync();
        connection.AgentId.ShouldBe("102");
        connection.AgentCall.Id.ShouldBe(legs["102"]);
        (await _rig.RecordOfAsync(legs["101"])).Disposition.ShouldBe(CallDisposition.Cancelled);
        (await _rig.RecordOfAsync(legs["103"])).Disposition.ShouldBe(CallDisposition.Cancelled);
        _rig.Simulator.IsUp(legs["102"]).ShouldBeTrue();
        var agents = _rig.Queues.Snapshot(queue).Agents.ToDictionary(a => a.Id, a => a.State);
        agents.ShouldBe(new Dictionary<string, QueueAgentState>
        {
            ["101"] = QueueAgentState.Available, ["102"] = QueueAgentState.OnCall, ["103"] = QueueAgentState.Available,
        });
    }

    [Fact]
    public async Task AgentWhoDoesNotAnswer_IsSkipped_AndTheNextAgentIsRungAfterTheRingTime()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101", "102");
        _rig.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var caller = await _rig.CallerAsync(queue, "+15550000001");
        var first = await _rig.DiallingAsync("101");

        _rig.Clock.Advance(TimeSpan.FromSeconds(15));

        (await caller.ConnectedAsync()).AgentId.ShouldBe("102");
        (await _rig.RecordOfAsync(first.CallId)).Disposition.ShouldBe(CallDisposition.NoAnswer);
        _rig.Dialled.ShouldBe(["101", "102"]);
    }

    [Fact]
    public async Task PausedAndLoggedOutAgents_AreNotRung()
    {
        var queue = Queue(QueueStrategy.RingAll, "101", "102", "103");
        _rig.Queues.Pause(queue, "101", "lunch").Status.ShouldBe(QueueAgentActionStatus.Done);
        _rig.Queues.LogOut(queue, "102");

        var caller = await _rig.CallerAsync(queue, "+15550000001");

        (await caller.ConnectedAsync()).AgentId.ShouldBe("103");
        _rig.Dialled.ShouldBe(["103"]);
        var paused = _rig.Queues.Snapshot(queue).Agents.Single(a => a.Id == "101");
        paused.State.ShouldBe(QueueAgentState.Paused);
        paused.PauseReason.ShouldBe("lunch");
    }

    [Fact]
    public async Task AgentInWrapUp_IsRungOnlyWhenWrapUpEnds()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101") with { WrapUpSeconds = 10 };
        var first = await _rig.CallerAsync(queue, "+15550000001");
        await first.ConnectedAsync();
        var endedAt = _rig.Clock.GetUtcNow();
        _rig.Queues.EndCall(first.Ticket);
        var second = await _rig.CallerAsync(queue, "+15550000002");
        var agent = _rig.Queues.Snapshot(queue).Agents.Single();
        agent.State.ShouldBe(QueueAgentState.WrapUp);
        agent.WrapUpUntil.ShouldBe(endedAt.AddSeconds(10));

        _rig.Clock.Advance(TimeSpan.FromSeconds(10));

        (await second.ConnectedAsync()).AnsweredAt.ShouldBe(endedAt.AddSeconds(10));
    }

    [Fact]
    public async Task TwoCallers_AreServedInTheOrderTheyCame()
    {
        var queue = Queue(QueueStrategy.RingAll, "101");
        _rig.Queues.LogOut(queue, "101");
        var first = await _rig.CallerAsync(queue, "+15550000001");
        var second = await _rig.CallerAsync(queue, "+15550000002");
        _rig.Queues.Snapshot(queue).Callers.Select(c => (c.Caller, c.Position)).ShouldBe([("+15550000001", 1), ("+15550000002", 2)]);

        _rig.Queues.LogIn(queue, "101");

        (await first.ConnectedAsync()).AgentId.ShouldBe("101");
        _rig.Queues.Snapshot(queue).Callers.Select(c => (c.Caller, c.Position)).ShouldBe([("+15550000002", 1)]);
        second.Connecting.IsCompleted.ShouldBeFalse();
        _rig.Queues.EndCall(first.Ticket);
        (await second.ConnectedAsync()).AgentId.ShouldBe("101");
    }

    [Fact]
    public async Task AgentOfTwoQueues_RingingForOne_IsRingingInTheOtherToo()
    {
        var sales = Queue(QueueStrategy.RingAll, "101") with { Name = "sales" };
        var support = Queue(QueueStrategy.RingAll, "101");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(5));
        _rig.Queues.Snapshot(support);

        await _rig.CallerAsync(sales, "+15550000001");
        await _rig.DiallingAsync("101");

        _rig.Queues.Snapshot(support).Agents.Single().State.ShouldBe(QueueAgentState.Ringing);
    }

    [Fact]
    public async Task CallerGivingUpWhileAnAgentRings_CancelsTheRing_AndFreesTheAgent()
    {
        var queue = Queue(QueueStrategy.RingAll, "101");
        _rig.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        using var giveUp = new CancellationTokenSource();
        var caller = await _rig.CallerAsync(queue, "+15550000001", giveUp.Token);
        var leg = await _rig.DiallingAsync("101");

        await giveUp.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(caller.ConnectedAsync());
        (await _rig.RecordOfAsync(leg.CallId)).Disposition.ShouldBe(CallDisposition.Cancelled);
        _rig.Queues.Leave(caller.Ticket);
        var snapshot = _rig.Queues.Snapshot(queue);
        snapshot.Waiting.ShouldBe(0);
        snapshot.Agents.Single().State.ShouldBe(QueueAgentState.Available);
    }

    [Fact]
    public async Task EveryAgentTriedWithoutAnswer_TriesThemAgainAfterTheRetryDelay()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101");
        _rig.Simulator.ScriptDial("101", DialStatus.Busy);
        var caller = await _rig.CallerAsync(queue, "+15550000001");
        await _rig.DiallingAsync("101");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);
        await _rig.TimerStartedAsync();

        _rig.Clock.Advance(_rig.Queues.RetryDelay);

        (await caller.ConnectedAsync()).AgentId.ShouldBe("101");
        _rig.Dialled.ShouldBe(["101", "101"]);
    }

    [Fact]
    public async Task CallerWithAHigherPriority_GoesAheadOfThoseWaiting()
    {
        var queue = Queue(QueueStrategy.RingAll, "101");
        _rig.Queues.LogOut(queue, "101");
        await _rig.CallerAsync(queue, "+15550000001");
        await _rig.CallerAsync(queue, "+15550000002");

        var vip = _rig.Queues.Enter(queue, "simulator-vip", "+15550000009", priority: 5);

        vip.PositionOnEntry.ShouldBe(1);
        _rig.Queues.Snapshot(queue).Callers.Select(c => c.Caller).ShouldBe(["+15550000009", "+15550000001", "+15550000002"]);
    }

    [Fact]
    public void AgentActions_OnAnUnknownAgent_SayUnknownAgent()
    {
        var queue = Queue(QueueStrategy.RingAll, "101");

        _rig.Queues.LogIn(queue, "999").Status.ShouldBe(QueueAgentActionStatus.UnknownAgent);
    }
}
