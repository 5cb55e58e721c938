using System.Diagnostics;
using System.Globalization;
using FlowBuilder.Bench.Support;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Bench.Durable;

/// <summary>
/// (d) Memory per suspended instance: N instances of <c>wait-for-go</c> suspend and stay in memory
/// (as a server holds them); managed heap and working set are read after full GCs before and after.
/// With the in-memory store the figure includes the store's copy of each snapshot and journal.
/// </summary>
internal static class SuspendedMemoryRun
{
    public static async Task<string> RunAsync(string store, int count)
    {
        await using var bench = store == "sqlite" ? await BenchEngine.SqliteAsync(journal: true) : BenchEngine.InMemory(journal: true);
        var plan = await bench.PublishAsync(BenchFlows.WaitForGo());
        var engine = bench.Engine;
        await StartSuspendedAsync(engine, plan, 200);
        await engine.FlushAsync();
        var liveBefore = engine.LiveCount;
        var (heapBefore, workingSetBefore) = Measure();

        await StartSuspendedAsync(engine, plan, count);
        await engine.FlushAsync();
        var (heapAfter, workingSetAfter) = Measure();
        var held = engine.LiveCount - liveBefore;
        if (held != count) throw new InvalidOperationException($"{held} instances are held in memory, not {count}.");

        return string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {count:N0} | {(heapAfter - heapBefore) / (double)count:N0} B | {(workingSetAfter - workingSetBefore) / (double)count:N0} B | {(heapAfter - heapBefore) / 1048576.0:N1} MiB |");
    }

    private static async Task StartSuspendedAsync(FlowEngine engine, Engine.Compilation.ExecutablePlan plan, int count)
    {
        var settles = new Task<InstanceSettled>[count];
        for (var i = 0; i < count; i++) settles[i] = engine.Start(plan, new StartRequest(BenchEngine.CompanyId, plan.FlowId, plan.Version)).Settled;
        foreach (var settled in await Task.WhenAll(settles))
        {
            if (settled.Status != InstanceStatus.Suspended) throw new InvalidOperationException($"Instance {settled.InstanceId} ended {settled.Status} instead of waiting.");
        }
    }

    private static (long Heap, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }
}
