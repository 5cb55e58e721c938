using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Tests;

public sealed class RuntimeTests : IAsyncLifetime
{
    private readonly TestEngine _host = new(f => f.AddActivity<Flaky>().AddActivity<Probe>().AddActivity<Hang>().AddActivity<Block>());

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private FlowEngine Engine => _host.Engine;

    [Fact]
    public async Task Run_StraightFlow_CompletesWithTheEndResult()
    {
        var plan = _host.Compile(Flow("f",
            [Node("set", "control.set-variable", new { variable = "greeting", value = "Hello {{input.name}}" }), Node("end", "control.end", new { result = "js: vars.greeting + '!'" })],
            [Edge("set", "done", "end")]));
        var settled = await _host.RunAsync(plan, new() { ["name"] = "Ada" });
        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBe("Hello Ada!");
        (await _host.TranscriptAsync(settled.InstanceId)).ShouldBe(["set:done", "end:end"]);
    }

    [Fact]
    public async Task Delay_WaitsForTheClock_ThenGoesOn()
    {
        var plan = _host.Compile(Flow("f", [Node("wait", "control.delay", new { seconds = 30 }), Node("end", "control.end", new { result = "woke" })], [Edge("wait", "done", "end")]));
        var first = await _host.RunAsync(plan);
        first.Status.ShouldBe(InstanceStatus.Suspended);
        var done = Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished());
        _host.Clock.Advance(TimeSpan.FromSeconds(29));
        done.IsCompleted.ShouldBeFalse();
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        var settled = await done.WaitAsync(TimeSpan.FromSeconds(10));
        settled.Result.ShouldBe("woke");
    }

    [Fact]
    public async Task Stimulus_ArrivingBeforeItsBookmark_IsKeptAndUsed()
    {
        var plan = _host.Compile(Flow("f",
            [Node("wait", "control.delay", new { seconds = 10 }), Node("event", "control.wait-for-event", new { @event = "digit" }), Node("end", "control.end", new { result = "js: outputs.event.payload" })],
            [Edge("wait", "done", "event"), Edge("event", "received", "end")]));
        var first = await _host.RunAsync(plan);
        (await Engine.DeliverAsync(first.InstanceId, new Stimulus("digit", "7"))).ShouldBe(DeliveryResult.Accepted);
        var done = Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished());
        _host.Clock.Advance(TimeSpan.FromSeconds(10));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("7");
    }

    [Fact]
    public async Task StepLimit_StopsARunawayLoop_WithAnIncident()
    {
        await using var host = new TestEngine(options: o => o.StepLimit = 50);
        var plan = host.Compile(Flow("f",
            [Node("a", "control.set-variable", new { variable = "n", value = "js: (vars.n || 0) + 1" }), Node("b", "control.decision", new { condition = "js: true" })],
            [Edge("a", "done", "b"), Edge("b", "true", "a")]));
        var settled = await host.RunAsync(plan);
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("50 steps");
        await host.Engine.FlushAsync();
        var incident = (await host.Store.GetIncidentsAsync(settled.InstanceId, default)).ShouldHaveSingleItem();
        incident.Kind.ShouldBe(IncidentKinds.StepLimit);
    }

    [Fact]
    public async Task FailingExpression_FaultsTheNode_WithItsId()
    {
        var plan = _host.Compile(Flow("f", [Node("check", "control.decision", new { condition = "js: vars.missing.field > 1" })]));
        var settled = await _host.RunAsync(plan);
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultNodeId.ShouldBe("check");
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("JavaScript error");
        await Engine.FlushAsync();
        var incident = (await _host.Store.GetIncidentsAsync(settled.InstanceId, default)).ShouldHaveSingleItem();
        incident.NodeId.ShouldBe("check");
    }

    [Fact]
    public async Task WiredFaultOutcome_IsTaken_AndTheErrorIsVisible()
    {
        var plan = _host.Compile(Flow("f",
            [Node("boom", "control.run-script", new { script = "throw new Error('no stock')" }), Node("handle", "control.end", new { result = "js: vars.lastError.nodeId + ': ' + vars.lastError.message" })],
            [Edge("boom", "fault", "handle")]));
        var settled = await _host.RunAsync(plan);
        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBeOfType<string>().ShouldContain("boom: JavaScript error");
        settled.Result.ShouldBeOfType<string>().ShouldContain("no stock");
    }

    [Fact]
    public async Task RetryPolicy_RunsTheNodeAgain_BeforeFaulting()
    {
        var flow = Flow("f", [Node("io", "test.flaky", new { failures = 2 }) with { Retry = new RetryPolicyDefinition(3, 0) }]);
        var settled = await _host.RunAsync(_host.Compile(flow));
        settled.Status.ShouldBe(InstanceStatus.Completed);
        await Engine.FlushAsync();
        var journal = await _host.Store.GetJournalAsync(settled.InstanceId, default);
        journal.ShouldHaveSingleItem().Outputs.ShouldBe("""{"attempt":3}""");
    }

    [Fact]
    public async Task RetryPolicy_Exhausted_FaultsWithTheLastError()
    {
        var flow = Flow("f", [Node("io", "test.flaky", new { failures = 5 }) with { Retry = new RetryPolicyDefinition(2, 0) }]);
        var settled = await _host.RunAsync(_host.Compile(flow));
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldBe("IOException: attempt 2 failed");
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_ThenFinishedInstanceRefusesMore()
    {
        var plan = _host.Compile(Flow("f", [Node("event", "control.wait-for-event", new { @event = "go" })]));
        var first = await _host.RunAsync(plan);
        (await Engine.CancelAsync(first.InstanceId)).ShouldBe(DeliveryResult.Accepted);
        (await Engine.CancelAsync(first.InstanceId)).ShouldBe(DeliveryResult.Finished);
        (await Engine.DeliverAsync(first.InstanceId, new Stimulus("go"))).ShouldBe(DeliveryResult.Finished);
        await Engine.FlushAsync();
        (await _host.Store.GetAsync(first.InstanceId, default))!.Status.ShouldBe(InstanceStatus.Cancelled);
    }

    [Fact]
    public async Task Cancel_WhileAStepRuns_CancelsTheStepAtOnce()
    {
        var plan = _host.Compile(Flow("f", [Node("hang", "test.hang"), Node("end", "control.end")], [Edge("hang", "done", "end")]));
        var handle = Engine.Start(plan, new StartRequest("default", "f"));
        await ((Hang)plan.Node("hang").Activity).Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await Engine.CancelAsync(handle.InstanceId).AsTask().WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(DeliveryResult.Accepted);
        var settled = await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10));
        settled.Status.ShouldBe(InstanceStatus.Cancelled);
        (await _host.TranscriptAsync(handle.InstanceId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task InstanceWaitingInsideAStep_IsStoredAsRunning()
    {
        var store = new SignallingStore();
        await using var host = new TestEngine(f => f.AddActivity<Hang>(), store: store);
        var plan = host.Compile(Flow("f", [Node("hang", "test.hang")]));
        var handle = host.Engine.Start(plan, new StartRequest("default", "f"));
        var stored = await store.FirstSnapshot.WaitAsync(TimeSpan.FromSeconds(10));
        stored.Id.ShouldBe(handle.InstanceId);
        stored.Status.ShouldBe(InstanceStatus.Running);
        stored.CurrentNodeId.ShouldBe("hang");
        await host.Engine.CancelAsync(handle.InstanceId);
    }

    /// <summary>An in-memory store that says when it first writes a snapshot.</summary>
    private sealed class SignallingStore : ForwardingInstanceStore
    {
        private readonly TaskCompletionSource<InstanceSnapshot> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<InstanceSnapshot> FirstSnapshot => _first.Task;

        public override async ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken)
        {
            await Inner.WriteAsync(batch, cancellationToken);
            if (batch.Snapshots.Count > 0) _first.TrySetResult(batch.Snapshots[0]);
        }
    }

    [Fact]
    public async Task PeekUnsaved_ShowsAnInstanceBeforeItsFirstWrite_AndNothingAfter()
    {
        var plan = _host.Compile(Flow("f", [Node("block", "test.block")]));
        var handle = Engine.Start(plan, new StartRequest("default", "f", CorrelationId: "order-9"));
        var block = (Block)plan.Node("block").Activity;
        await block.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var peeked = Engine.PeekUnsaved(handle.InstanceId).ShouldNotBeNull();
        peeked.Status.ShouldBe(InstanceStatus.Running);
        peeked.CorrelationId.ShouldBe("order-9");
        (await _host.Store.GetAsync(handle.InstanceId, default)).ShouldBeNull();
        block.Release.Set();
        await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10));
        Engine.PeekUnsaved(handle.InstanceId).ShouldBeNull();
    }

    [Fact]
    public async Task Reply_WaitsPastASuspension_UntilTheFlowAnswers()
    {
        var plan = _host.Compile(Flow("f",
            [Node("wait", "control.wait-for-event", new { @event = "approved" }), Node("reply", "http.response", new { statusCode = 200, body = "js: outputs.wait.payload" })],
            [Edge("wait", "received", "reply")]));
        var handle = Engine.Start(plan, new StartRequest("default", "f"));
        (await handle.Settled).Status.ShouldBe(InstanceStatus.Suspended);
        handle.Reply.IsCompleted.ShouldBeFalse();
        await Engine.DeliverAsync(handle.InstanceId, new Stimulus("approved", "yes"));
        (await handle.Reply.WaitAsync(TimeSpan.FromSeconds(10))).ShouldNotBeNull().Body.ShouldBe("yes");
    }

    [Fact]
    public async Task Deliver_UnknownInstance_IsNotFound() =>
        (await Engine.DeliverAsync("nope", new Stimulus("x"))).ShouldBe(DeliveryResult.NotFound);

    [Fact]
    public async Task ConcurrentStimuli_NeverRunOneInstanceOnTwoThreads()
    {
        var plan = _host.Compile(Flow("f",
            [Node("event", "control.wait-for-event", new { @event = "tick" }), Node("probe", "test.probe")],
            [Edge("event", "received", "probe"), Edge("probe", "done", "event")]));
        var first = await _host.RunAsync(plan);
        var probe = (Probe)plan.Node("probe").Activity;
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), async (_, ct) => await Engine.DeliverAsync(first.InstanceId, new Stimulus("tick"), ct));
        while (Volatile.Read(ref probe.Runs) < 40) await Engine.WhenSettledAsync(first.InstanceId);
        probe.MaxInside.ShouldBe(1);
        probe.Runs.ShouldBe(40);
    }

    [Fact]
    public async Task InputsNotMatchingTheDeclaration_AreRefusedBeforeStart()
    {
        var flow = Flow("f", [Node("end", "control.end")]) with
        {
            Inputs = [new FlowInput { Name = "phone", Type = Definitions.ValueType.String, Required = true }, new FlowInput { Name = "count", Type = Definitions.ValueType.Number }],
        };
        var plan = _host.Compile(flow);
        var error = Should.Throw<InvalidFlowInputException>(() => Engine.Start(plan, new StartRequest("default", "f", Input: new() { ["count"] = "three" })));
        error.Problems.Select(p => p.Path).ShouldBe(["$.phone", "$.count"]);
    }

    [Fact]
    public async Task CallSubflow_WaitsForTheChildsResult()
    {
        var child = Flow("child", [Node("end", "control.end", new { result = "js: input.n * 2" })]);
        var parent = Flow("parent",
            [Node("call", "control.call-subflow", new { flowId = "child", input = "js: ({ n: 21 })" }), Node("end", "control.end", new { result = "js: outputs.call.result" })],
            [Edge("call", "done", "end")]);
        await _host.Flows.CreateAsync("default", child, default);
        await _host.Flows.PublishAsync("default", "child", child, null, default);
        var settled = await _host.RunAsync(_host.Compile(parent));
        var done = settled.Status.IsFinished() ? settled : await Engine.WhenSettledAsync(settled.InstanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        done.Result.ShouldBe(42.0);
    }

    [Fact]
    public async Task Instances_StayPinnedToTheVersionTheyStartedOn()
    {
        FlowDefinition Version(string result) => Flow("pinned",
            [Node("wait", "control.wait-for-event", new { @event = "go" }), Node("end", "control.end", new { result })], [Edge("wait", "received", "end")]);
        await _host.Flows.CreateAsync("default", Version("one"), default);
        await _host.Flows.PublishAsync("default", "pinned", Version("one"), null, default);
        var first = await Engine.StartAsync(new StartRequest("default", "pinned"));
        await first.Settled;
        await _host.Flows.PublishAsync("default", "pinned", Version("two"), null, default);
        var done = Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished());
        await Engine.DeliverAsync(first.InstanceId, new Stimulus("go"));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("one");
        var second = await Engine.StartAsync(new StartRequest("default", "pinned"));
        await second.Settled;
        var done2 = Engine.WhenSettledAsync(second.InstanceId, s => s.Status.IsFinished());
        await Engine.DeliverAsync(second.InstanceId, new Stimulus("go"));
        (await done2.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("two");
    }

    [Fact]
    public async Task Recovery_ResumesWaitingInstancesOnANewEngine_WithoutRepeatingSteps()
    {
        var store = new InMemoryInstanceStore();
        var flows = new InMemoryFlowRepository();
        var clock = new FakeTimeProvider();
        var flow = Flow("durable", [Node("before", "control.log", new { message = "before" }), Node("wait", "control.delay", new { seconds = 60 }), Node("after", "control.end", new { result = "done" })],
            [Edge("before", "done", "wait"), Edge("wait", "done", "after")]);
        await flows.CreateAsync("default", flow, default);
        await flows.PublishAsync("default", "durable", flow, null, default);
        string id;
        await using (var first = new TestEngine(store: store, flows: flows, clock: clock))
        {
            var handle = await first.Engine.StartAsync(new StartRequest("default", "durable"));
            (await handle.Settled).Status.ShouldBe(InstanceStatus.Suspended);
            id = handle.InstanceId;
            await first.Engine.FlushAsync();
        }
        await using var second = new TestEngine(store: store, flows: flows, clock: clock);
        (await second.Engine.RecoverAsync()).Resumed.ShouldBe(1);
        var done = second.Engine.WhenSettledAsync(id, s => s.Status.IsFinished());
        clock.Advance(TimeSpan.FromSeconds(60));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("done");
        (await second.TranscriptAsync(id)).ShouldBe(["before:done", "wait:suspend:delay", "wait:done", "after:end"]);
    }
}
