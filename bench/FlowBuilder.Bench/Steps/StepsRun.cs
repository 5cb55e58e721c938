using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FlowBuilder.Bench.Steps;

/// <summary>Runs the BenchmarkDotNet suites of (a) and turns their summaries into steps/s rows.</summary>
internal static class StepsRun
{
    public static string Run(string artifacts)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkRunner.Run([typeof(EngineStepsBenchmark), typeof(ScriptCostBenchmark)], config);
        var text = new StringBuilder();
        text.AppendLine("| benchmark | scripts | journal | time per step | steps/s | steps/s per core | allocated per step |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports.Where(r => r.Success && r.BenchmarkCase.Descriptor.Type == typeof(EngineStepsBenchmark)))
                text.AppendLine(Row(summary, report));
        }
        text.AppendLine();
        text.AppendLine("| JavaScript alone (Jint 2.10.4, engine's sandbox) | time per evaluation | allocated |");
        text.AppendLine("|---|---:|---:|");
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports.Where(r => r.Success && r.BenchmarkCase.Descriptor.Type == typeof(ScriptCostBenchmark)))
            {
                var stats = report.ResultStatistics!;
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {stats.Mean:N1} ns | {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase):N0} B |"));
            }
        }
        return text.ToString();
    }

    private static string Row(Summary summary, BenchmarkReport report)
    {
        var benchmark = report.BenchmarkCase;
        var method = benchmark.Descriptor.WorkloadMethod.Name;
        var nanoseconds = report.ResultStatistics!.Mean;
        var perSecond = 1e9 / nanoseconds;
        var cores = method == nameof(EngineStepsBenchmark.Concurrent64) ? Environment.ProcessorCount : 1;
        var parameters = benchmark.Parameters;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {method} | {parameters["Scripts"]} | {parameters["Journal"]} | {nanoseconds:N0} ns | {perSecond:N0} | **{perSecond / cores:N0}** | {report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0:N0} B |");
    }
}
