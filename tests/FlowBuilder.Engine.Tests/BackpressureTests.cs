using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Tests;

public sealed class BackpressureTests
{
    /// <summary>A store whose writes wait until the test opens the gate.</summary>
    private sealed class GatedStore : ForwardingInstanceStore
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken)
        {
            await Gate.Task;
            await Inner.WriteAsync(batch, cancellationToken);
        }
    }

    [Fact]
    public async Task SlowStore_HoldsBackNewInstances_UntilItCatchesUp()
    {
        var store = new GatedStore();
        await using var host = new TestEngine(options: o => o.MaxWriteBacklog = 6, store: store);
        var flow = Flow("quick", [Node("end", "control.end", new { result = 1 })]);
        await host.Flows.CreateAsync("default", flow, default);
        await host.Flows.PublishAsync("default", "quick", flow, null, default);

        for (var i = 0; i < 3; i++) await (await host.Engine.StartAsync(new StartRequest("default", "quick"))).Finished;
        host.Engine.WriteBacklog.ShouldBe(6);  // a journal chunk and a snapshot each, none written
        var held = host.Engine.StartAsync(new StartRequest("default", "quick")).AsTask();
        held.IsCompleted.ShouldBeFalse();

        store.Gate.SetResult();
        var started = await held.WaitAsync(TimeSpan.FromSeconds(10));
        (await started.Finished.WaitAsync(TimeSpan.FromSeconds(10))).Status.ShouldBe(InstanceStatus.Completed);
        await host.Engine.FlushAsync();
        host.Engine.WriteBacklog.ShouldBe(0);
    }
}
