using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FlowBuilder.Cli.Hosting;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Cli.Bench;

/// <summary><c>flowbuilder bench [--steps N]</c>: a quick in-process measure of engine steps per second on
/// the 50-node benchmark flow, journal off and on. The published figures come from <c>bench/</c>.</summary>
internal static class BenchCommand
{
    private const int InFlight = 256;

    /// <summary>Long enough for tiered compilation to settle on the hot paths.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1.5);

    public static Command Create(CliOutput io)
    {
        var steps = new Option<long>("--steps") { Description = "Steps to run per measurement (default 1,000,000).", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("bench", "Measure engine steps per second on the 50-node benchmark flow (in memory, journal off and on).")
        {
            steps,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var count = parsed.GetValue(steps);
            if (count < 1_000)
            {
                io.Error.WriteLine("error: --steps must be at least 1000.");
                return ExitCodes.BadInput;
            }
            io.Out.WriteLine($"flow: bench-control-50 (50 nodes, 49 JavaScript evaluations per instance); {Environment.ProcessorCount} cores, {InFlight} instances in flight");
            foreach (var journal in new[] { false, true })
            {
                var result = await MeasureAsync(journal, count, cancellationToken);
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"journal {(journal ? "on " : "off")}: {result.Steps:N0} steps in {result.Elapsed.TotalSeconds:0.00} s = {result.StepsPerSecond:N0} steps/s ({result.StepsPerSecond / Environment.ProcessorCount:N0} per core), {1e6 / result.StepsPerSecond:0.000} µs/step, {result.BytesPerStep:N0} B allocated/step"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<Measurement> MeasureAsync(bool journal, long steps, CancellationToken cancellationToken)
    {
        await using var local = LocalEngine.Create(null, null, options =>
        {
            options.Journal = journal;
            options.StepLimit = 10_000;
        });
        var plan = local.Compiler.Compile(BenchmarkFlow.Load()).Plan ?? throw new InvalidOperationException("The benchmark flow does not compile.");
        var stepsPerInstance = plan.Nodes.Count;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp) await RunInstancesAsync(local.Engine, plan, InFlight * 8, cancellationToken);
        await local.Engine.FlushAsync();
        var instances = (steps + stepsPerInstance - 1) / stepsPerInstance;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await RunInstancesAsync(local.Engine, plan, instances, cancellationToken);
        await local.Engine.FlushAsync();
        clock.Stop();
        var total = instances * stepsPerInstance;
        return new Measurement(total, clock.Elapsed, total / clock.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)total);
    }

    private static async Task RunInstancesAsync(FlowEngine engine, Engine.Compilation.ExecutablePlan plan, long count, CancellationToken cancellationToken)
    {
        var batch = new Task<InstanceSettled>[InFlight];
        for (long started = 0; started < count; started += InFlight)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var size = (int)Math.Min(InFlight, count - started);
            for (var i = 0; i < size; i++) batch[i] = engine.Start(plan, new StartRequest("bench", plan.FlowId)).Settled;
            foreach (var settled in await Task.WhenAll(batch.AsSpan(0, size).ToArray()))
            {
                if (settled.Status != InstanceStatus.Completed) throw new InvalidOperationException($"A benchmark instance ended {settled.Status}: {settled.FaultMessage}");
            }
        }
    }

    private sealed record Measurement(long Steps, TimeSpan Elapsed, double StepsPerSecond, double BytesPerStep);
}
