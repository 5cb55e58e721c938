using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;
using static FlowBuilder.Engine.Tests.CallCentre.Queues.QueueRig;

namespace FlowBuilder.Engine.Tests.CallCentre.Queues;

/// <summary>Every waiting caller is offered a free agent at the same time, in queue order, each by the queue's strategy.</summary>
public sealed class CallQueuesConcurrentDispatchTests
{
    private static readonly string[] Agents = ["101", "102", "103"];
    private readonly QueueRig _rig = new();

    [Fact]
    public async Task RoundRobin_ThreeCallersAndThreeFreeAgents_AreRungAtOnce_CallerOneGettingTheFirstAgent()
    {
        var queue = Queue(QueueStrategy.RoundRobin, Agents);
        foreach (var agent in Agents) _rig.Simulator.ScriptDial(agent, DialStatus.Answered, TimeSpan.FromSeconds(10));
        var callers = new List<Waiting>();
        for (var i = 1; i <= 3; i++) callers.Add(await _rig.CallerAsync(queue, $"+1555000000{i}"));

        foreach (var agent in Agents) await _rig.DiallingAsync(agent);

        _rig.Dialled.ShouldBe(Agents);
        _rig.Queues.Snapshot(queue).Agents.Select(a => a.State).ShouldAllBe(s => s == QueueAgentState.Ringing);
        _rig.Clock.Advance(TimeSpan.FromSeconds(10));
        var answeredBy = new List<string>();
        foreach (var caller in callers) answeredBy.Add((await caller.ConnectedAsync()).AgentId);
        answeredBy.ShouldBe(Agents);
    }

    [Fact]
    public async Task LongestIdle_ThreeCallersAndThreeFreeAgents_AreRungAtOnce_InOrderOfIdleTime()
    {
        var queue = Queue(QueueStrategy.LongestIdle, Agents);
        foreach (var agent in Agents)
        {
            _rig.Queues.LogOut(queue, agent);
            _rig.Simulator.ScriptDial(agent, DialStatus.Answered, TimeSpan.FromSeconds(10));
        }
        foreach (var agent in new[] { "103", "101", "102" })
        {
            _rig.Clock.Advance(TimeSpan.FromSeconds(1));
            _rig.Queues.LogIn(queue, agent);
        }
        var callers = new List<Waiting>();
        for (var i = 1; i <= 3; i++) callers.Add(await _rig.CallerAsync(queue, $"+1555000000{i}"));

        foreach (var agent in Agents) await _rig.DiallingAsync(agent);

        _rig.Dialled.ShouldBe(["103", "101", "102"]);
        _rig.Clock.Advance(TimeSpan.FromSeconds(10));
        var answeredBy = new List<string>();
        foreach (var caller in callers) answeredBy.Add((await caller.ConnectedAsync()).AgentId);
        answeredBy.ShouldBe(["103", "101", "102"]);
    }

    [Fact]
    public async Task LongestIdle_AgentsFreedWhileCallersWait_TheCallerAheadGetsTheLongestIdle()
    {
        var queue = Queue(QueueStrategy.LongestIdle, "101", "102");
        foreach (var agent in new[] { "101", "102" }) _rig.Queues.LogOut(queue, agent);
        var first = await _rig.CallerAsync(queue, "+15550000001");
        var second = await _rig.CallerAsync(queue, "+15550000002");

        _rig.Queues.LogIn(queue, "102");
        _rig.Clock.Advance(TimeSpan.FromSeconds(1));
        _rig.Queues.LogIn(queue, "101");

        (await first.ConnectedAsync()).AgentId.ShouldBe("102");
        (await second.ConnectedAsync()).AgentId.ShouldBe("101");
    }

    [Fact]
    public async Task RingAll_RingsEveryFreeAgentForTheHeadOnly_TheCallerBehindWaitsForItsTurn()
    {
        var queue = Queue(QueueStrategy.RingAll, "101", "102");
        _rig.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        _rig.Simulator.ScriptDial("102", DialStatus.Answered, TimeSpan.FromSeconds(5));
        var first = await _rig.CallerAsync(queue, "+15550000001");
        var second = await _rig.CallerAsync(queue, "+15550000002");
        await _rig.DiallingAsync("101");
        await _rig.DiallingAsync("102");

        _rig.Dialled.ShouldBe(["101", "102"]);
        second.Connecting.IsCompleted.ShouldBeFalse();
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);
        _rig.Clock.Advance(TimeSpan.FromSeconds(5));

        (await first.ConnectedAsync()).AgentId.ShouldBe("102");
        (await second.ConnectedAsync()).AgentId.ShouldBe("101");
        _rig.Dialled.ShouldBe(["101", "102", "101"]);
    }

    [Fact]
    public async Task AgentWhoDoesNotAnswerCallerOne_IsNotOfferedToCallerTwo_UntilTheStrategyGivesItToCallerTwo()
    {
        var queue = Queue(QueueStrategy.RoundRobin, Agents);
        _rig.Simulator.ScriptDial("101", DialStatus.Busy, TimeSpan.FromSeconds(2));
        _rig.Simulator.ScriptDial("102", DialStatus.NoAnswer);
        _rig.Simulator.ScriptDial("103", DialStatus.Answered, TimeSpan.FromSeconds(1));
        _rig.Queues.LogOut(queue, "103");
        var first = await _rig.CallerAsync(queue, "+15550000001");
        var second = await _rig.CallerAsync(queue, "+15550000002");
        await _rig.DiallingAsync("102");
        _rig.Queues.LogIn(queue, "103");

        // 101 declines caller 1, who is offered the next agent by the strategy; caller 2 is still ringing 102.
        _rig.Clock.Advance(TimeSpan.FromSeconds(2));
        await _rig.DiallingAsync("103");
        _rig.Dialled.ShouldBe(Agents);
        _rig.Clock.Advance(TimeSpan.FromSeconds(1));
        (await first.ConnectedAsync()).AgentId.ShouldBe("103");

        // 102 does not answer caller 2: now it is caller 2's turn, and round-robin gives it 101.
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);
        _rig.Clock.Advance(TimeSpan.FromSeconds(12));

        (await second.ConnectedAsync()).AgentId.ShouldBe("101");
        _rig.Dialled.ShouldBe(["101", "102", "103", "101"]);
    }

    [Fact]
    public async Task AgentWhoDoesNotAnswerCallerOne_GoesToTheNextCallerWaiting_WhenCallerOneHasNoAgentLeft()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101", "102");
        _rig.Simulator.ScriptDial("101", DialStatus.Busy, TimeSpan.FromSeconds(2));
        _rig.Simulator.ScriptDial("102", DialStatus.NoAnswer);
        var first = await _rig.CallerAsync(queue, "+15550000001");
        await _rig.CallerAsync(queue, "+15550000002");
        var third = await _rig.CallerAsync(queue, "+15550000003");
        await _rig.DiallingAsync("102");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);

        // Caller 1 tried 101 and 102 rings for caller 2, so caller 1 has no agent now; 101 goes to caller 3, waiting behind.
        _rig.Clock.Advance(TimeSpan.FromSeconds(2));

        (await third.ConnectedAsync()).AgentId.ShouldBe("101");
        first.Connecting.IsCompleted.ShouldBeFalse();
        _rig.Dialled.ShouldBe(["101", "102", "101"]);
    }

    [Fact]
    public async Task CallerAheadGivingUp_FreesItsAgentForTheCallerBehind()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101");
        _rig.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        using var giveUp = new CancellationTokenSource();
        var first = await _rig.CallerAsync(queue, "+15550000001", giveUp.Token);
        var second = await _rig.CallerAsync(queue, "+15550000002");
        await _rig.DiallingAsync("101");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);

        await giveUp.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(first.ConnectedAsync());
        _rig.Queues.Leave(first.Ticket);

        (await second.ConnectedAsync()).AgentId.ShouldBe("101");
        _rig.Dialled.ShouldBe(["101", "101"]);
    }

    [Fact]
    public async Task AgentOfTwoQueues_RingingForACallerOfOne_IsNotOfferedToTheCallersOfTheOther()
    {
        var sales = Queue(QueueStrategy.RoundRobin, "101") with { Name = "sales" };
        var support = Queue(QueueStrategy.RoundRobin, "101", "102");
        _rig.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(5));
        _rig.Simulator.ScriptDial("102", DialStatus.Answered, TimeSpan.FromSeconds(5));
        var salesCaller = await _rig.CallerAsync(sales, "+15550000001");
        await _rig.DiallingAsync("101");

        var supportCallers = new[] { await _rig.CallerAsync(support, "+15550000002"), await _rig.CallerAsync(support, "+15550000003") };
        await _rig.DiallingAsync("102");
        _rig.Dialled.ShouldBe(["101", "102"]);
        _rig.Clock.Advance(TimeSpan.FromSeconds(5));

        (await salesCaller.ConnectedAsync()).AgentId.ShouldBe("101");
        (await supportCallers[0].ConnectedAsync()).AgentId.ShouldBe("102");
        supportCallers[1].Connecting.IsCompleted.ShouldBeFalse();
        _rig.Dialled.ShouldBe(["101", "102"]);
    }

    [Fact]
    public async Task TwoCallersWhoTriedEveryAgent_AfterTheRetryDelay_TheCallerAheadIsOfferedTheAgentFirst()
    {
        var queue = Queue(QueueStrategy.RoundRobin, "101");
        _rig.Simulator.ScriptDial("101", DialStatus.Busy);
        var first = await _rig.CallerAsync(queue, "+15550000001");
        var second = await _rig.CallerAsync(queue, "+15550000002");
        await _rig.DiallingAsync("101", nth: 2);
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);
        await _rig.TimerStartedAsync();

        _rig.Clock.Advance(_rig.Queues.RetryDelay);

        (await first.ConnectedAsync()).AgentId.ShouldBe("101");
        second.Connecting.IsCompleted.ShouldBeFalse();
        _rig.Dialled.ShouldBe(["101", "101", "101"]);
    }
}
