using System.Diagnostics;
using System.Diagnostics.Tracing;
using FlowBuilder.Bench.Support;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Runtime;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace FlowBuilder.Bench.Profiling;

/// <summary>
/// Where a step's time goes: runs the 50-node JavaScript flow one instance at a time (as
/// <c>OneInstance</c> does) while the runtime's sample profiler records every thread's stack each
/// millisecond over EventPipe, then reports which methods the busy samples were in.
/// </summary>
internal static class CpuProfileRun
{
    public static async Task<string> RunAsync(string journal, double seconds, string traceFile)
    {
        await using var bench = BenchEngine.InMemory(journal != "off", new DiscardingInstanceStore(), journalValues: journal == "on");
        var plan = bench.Compile(BenchFlows.Control50());
        var request = new StartRequest(BenchEngine.CompanyId, plan.FlowId);
        await LoopAsync(bench.Engine, plan, request, TimeSpan.FromSeconds(3));

        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Default),
        };
        var client = new DiagnosticsClient(Environment.ProcessId);
        using var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 512);
        var copy = Task.Run(async () =>
        {
            await using var file = File.Create(traceFile);
            await session.EventStream.CopyToAsync(file);
        });
        var steps = await LoopAsync(bench.Engine, plan, request, TimeSpan.FromSeconds(seconds)) * plan.Nodes.Count;
        await session.StopAsync(CancellationToken.None);
        await copy;
        return SampleReport.Build(traceFile, journal, steps, seconds);
    }

    private static async Task<long> LoopAsync(FlowEngine engine, ExecutablePlan plan, StartRequest request, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        long instances = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 100; i++) await engine.Start(plan, request).Settled;
            instances += 100;
        }
        return instances;
    }
}
