using System.Diagnostics;
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
using FlowBuilder.Billing.Rating;

namespace FlowBuilder.Bench.Rating;

/// <summary>
/// Issue 9's rating benchmark: <see cref="RatingBenchmark"/> with BenchmarkDotNet, then the SQL peer (<see cref="SqlRatingPeer"/>) on
/// SQLite and, when a connection string is given, PostgreSQL, in the same process. Returns the markdown tables of the section.
/// </summary>
internal static class RatingRun
{
    public const double GoalPerSecond = 100_000;

    public static string Run(string artifacts, bool quick, int sqlCount, string? postgres)
    {
        var coldClock = Stopwatch.StartNew();
        var workload = RatingWorkload.Create();
        var generated = coldClock.Elapsed;
        coldClock.Restart();
        var table = RateTable.Build(workload.Tariff);
        var coldBuild = coldClock.Elapsed;

        var job = quick
            ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<RatingBenchmark>(config);

        var peers = new List<SqlPeerResult>();
        var folder = Directory.CreateTempSubdirectory("flowbuilder-rating-").FullName;
        try
        {
            peers.Add(SqlRatingPeer.Sqlite(workload, table, sqlCount, folder));
            if (!string.IsNullOrEmpty(postgres)) peers.Add(SqlRatingPeer.Postgres(workload, table, sqlCount, postgres));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return Report(summary, workload, table, generated, coldBuild, peers, postgres is { Length: > 0 });
    }

    private static string Report(Summary summary, RatingWorkload workload, RateTable table, TimeSpan generated, TimeSpan coldBuild,
        List<SqlPeerResult> peers, bool postgresRun)
    {
        var cores = Environment.ProcessorCount;
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        var single = Mean(summary, nameof(RatingBenchmark.SingleThread));
        var all = Mean(summary, nameof(RatingBenchmark.AllCores));
        var lookup = Mean(summary, nameof(RatingBenchmark.LookupOnly));
        var build = Mean(summary, nameof(RatingBenchmark.BuildTable));
        Line($"Tariff: {table.Count:N0} prefixes ({RatingWorkload.CountryCodeCount:N0} of them country codes, the rest 2–6 more digits; longest {workload.Tariff.Rates.Max(r => r.Prefix.Length)} digits).");
        Line($"CDRs: {workload.Numbers.Length:N0} pre-generated (seeded), {RatingBenchmark.Matched:N0} with a rate (the rest dial unassigned country codes), {workload.TalkSeconds.Count(s => s == 0):N0} unanswered (0 s, priced 0); total priced {RatingBenchmark.ExpectedTotal:N4} EUR");
        Line($"(the same in every method). Generating them took {generated.TotalSeconds:0.0} s (not measured).");
        text.AppendLine();
        text.AppendLine("| what | CDRs | time per CDR | CDRs/s | allocated per CDR |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        Line($"| FlowBuilder: `RateTable.TryFind` + `CallCharges.Amount`, one thread | {workload.Numbers.Length:N0} | {Ns(single)} | **{PerSecond(single)}** | {Allocated(summary, nameof(RatingBenchmark.SingleThread))} |");
        Line($"| FlowBuilder: the same on all {cores} cores (`Parallel.For`, {cores} ranges) | {workload.Numbers.Length:N0} | {Ns(all)} | **{PerSecond(all)}** | {Allocated(summary, nameof(RatingBenchmark.AllCores))} |");
        Line($"| FlowBuilder: `RateTable.TryFind` alone (longest prefix), one thread | {workload.Numbers.Length:N0} | {Ns(lookup)} | {PerSecond(lookup)} | {Allocated(summary, nameof(RatingBenchmark.LookupOnly))} |");
        foreach (var peer in peers)
        {
            Line($"| peer: {peer.System}, prepared `IN (substr…) ORDER BY length(prefix) DESC LIMIT 1` per CDR, one connection | {peer.Cdrs:N0} | {peer.SingleThread.TotalMilliseconds * 1e6 / peer.Cdrs:N0} ns | **{peer.SingleThreadPerSecond:N0}** | |");
            Line($"| peer: {peer.System}, the same on {peer.Connections} connections / threads | {peer.Cdrs:N0} | {peer.AllCores.TotalMilliseconds * 1e6 / peer.Cdrs:N0} ns | **{peer.AllCoresPerSecond:N0}** | |");
        }

        if (!postgresRun) text.AppendLine("| peer: PostgreSQL | _not run: no PostgreSQL connection string (run.sh starts one with tests/scripts/postgres.sh)_ | | | |");
        text.AppendLine();
        text.AppendLine("| building the rates | prefixes | time |");
        text.AppendLine("|---|---:|---:|");
        Line($"| FlowBuilder: `RateTable.Build` (validation + index), BenchmarkDotNet mean | {table.Count:N0} | **{build / 1e6:N1} ms** |");
        Line($"| FlowBuilder: the same, first call in the process (JIT included) | {table.Count:N0} | {coldBuild.TotalMilliseconds:N1} ms |");
        foreach (var peer in peers)
        {
            var how = peer.System.StartsWith("PostgreSQL", StringComparison.Ordinal) ? "CREATE TABLE, binary COPY, ANALYZE" : "CREATE TABLE, prepared INSERTs in one transaction, ANALYZE";
            Line($"| peer: {peer.System}: {how} | {table.Count:N0} | {peer.Load.TotalMilliseconds:N0} ms |");
        }

        text.AppendLine();
        var perSecond = 1e9 / single;
        var best = peers.Count == 0 ? 0 : peers.Max(p => p.SingleThreadPerSecond);
        Line($"Goal ≥ {GoalPerSecond:N0} CDRs/s: **{(perSecond >= GoalPerSecond ? "met" : "missed")}** on one thread ({perSecond:N0} CDRs/s, {perSecond / GoalPerSecond:0.#}× the goal){(best > 0 ? $"; {perSecond / best:N0}× the fastest SQL peer on one thread" : "")}.");
        return text.ToString();
    }

    private static double Mean(Summary summary, string method) =>
        summary.Reports.FirstOrDefault(r => r.Success && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean
        ?? throw new InvalidOperationException($"BenchmarkDotNet has no result for RatingBenchmark.{method}: see its log above.");

    private static string Allocated(Summary summary, string method)
    {
        var report = summary.Reports.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        return string.Create(CultureInfo.InvariantCulture, $"{report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0:N0} B");
    }

    private static string Ns(double nanoseconds) => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:N1} ns");

    private static string PerSecond(double nanoseconds) => string.Create(CultureInfo.InvariantCulture, $"{1e9 / nanoseconds:N0}");
}
