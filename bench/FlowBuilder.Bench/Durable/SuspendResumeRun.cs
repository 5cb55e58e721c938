using System.Diagnostics;
using System.Globalization;
using FlowBuilder.Bench.Support;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Bench.Durable;

/// <summary>
/// (c) Durable suspend + resume cycles per second: N instances of <c>wait-for-go</c> start and suspend
/// (each suspension written to the store), then each gets a "go" stimulus through
/// <see cref="FlowEngine.DeliverAsync"/> and finishes; the clock stops when every write is flushed.
/// Journal on.
/// </summary>
internal static class SuspendResumeRun
{
    public static async Task<string> RunAsync(string store, int count)
    {
        await using var bench = store == "sqlite" ? await BenchEngine.SqliteAsync(journal: true) : BenchEngine.InMemory(journal: true);
        var plan = await bench.PublishAsync(BenchFlows.WaitForGo());
        await CycleAsync(bench, plan, Math.Min(1_000, count));
        var (suspend, resume) = await CycleAsync(bench, plan, count);
        var total = suspend + resume;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {count:N0} | {suspend.TotalSeconds:0.000} s | {resume.TotalSeconds:0.000} s | **{count / total.TotalSeconds:N0}** | {total.TotalMilliseconds * 1000 / count:0.0} µs |");
    }

    private static async Task<(TimeSpan Suspend, TimeSpan Resume)> CycleAsync(BenchEngine bench, ExecutablePlan plan, int count)
    {
        var engine = bench.Engine;
        var finished = 0;
        var allFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSettled(InstanceSettled settled)
        {
            if (settled.Status.IsFinished() && Interlocked.Increment(ref finished) == count) allFinished.TrySetResult();
        }

        engine.Settled += OnSettled;
        try
        {
            var clock = Stopwatch.StartNew();
            var handles = new InstanceHandle[count];
            for (var i = 0; i < count; i++) handles[i] = engine.Start(plan, new StartRequest(BenchEngine.CompanyId, plan.FlowId, plan.Version));
            foreach (var settled in await Task.WhenAll(handles.Select(h => h.Settled)))
            {
                if (settled.Status != InstanceStatus.Suspended) throw new InvalidOperationException($"Instance {settled.InstanceId} ended {settled.Status} ({settled.FaultMessage}) instead of waiting.");
            }
            await engine.FlushAsync();
            var suspend = clock.Elapsed;
            clock.Restart();
            foreach (var handle in handles)
            {
                var delivered = await engine.DeliverAsync(handle.InstanceId, new Stimulus("go"));
                if (delivered != DeliveryResult.Accepted) throw new InvalidOperationException($"Instance {handle.InstanceId} refused its stimulus: {delivered}.");
            }
            await allFinished.Task;
            await engine.FlushAsync();
            var resume = clock.Elapsed;
            var last = await bench.Store.GetAsync(handles[^1].InstanceId, CancellationToken.None);
            if (last?.Status != InstanceStatus.Completed) throw new InvalidOperationException($"The store holds instance {handles[^1].InstanceId} as {last?.Status.ToString() ?? "missing"}, not Completed.");
            return (suspend, resume);
        }
        finally
        {
            engine.Settled -= OnSettled;
        }
    }
}
