using System.Globalization;
using FlowBuilder.Bench.Durable;
using FlowBuilder.Bench.Profiling;
using FlowBuilder.Bench.Rating;
using FlowBuilder.Bench.Steps;

namespace FlowBuilder.Bench;

/// <summary>
/// <c>FlowBuilder.Bench steps [--report FILE]</c> — (a) with BenchmarkDotNet;
/// <c>durable --store memory|sqlite --count N [--report FILE]</c> — (c);
/// <c>memory --store memory|sqlite --count N [--report FILE]</c> — (d);
/// <c>profile --journal off|entries|on [--seconds S] [--trace FILE]</c> — where a step's time goes;
/// <c>profile-process --pid PID [--seconds S]</c> — where a running server's time goes;
/// <c>rating [--quick] [--sql-count N] [--postgres CONNECTION]</c> — rating throughput (issue 9) against the SQL peer
/// (the PostgreSQL connection string may also come from FLOWBUILDER_BENCH_POSTGRES).
/// Each appends its markdown rows to the report file (or prints them).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: FlowBuilder.Bench steps|durable|memory|profile|profile-process|rating [--store memory|sqlite] [--count N] [--report FILE]");
            return 2;
        }
        var report = Option(args, "--report");
        var store = Option(args, "--store") ?? "memory";
        var count = int.Parse(Option(args, "--count") ?? "20000", CultureInfo.InvariantCulture);
        if (store is not ("memory" or "sqlite"))
        {
            await Console.Error.WriteLineAsync($"--store must be memory or sqlite, not {store}.");
            return 2;
        }
        string text = args[0] switch
        {
            "steps" => StepsRun.Run(Option(args, "--artifacts") ?? Path.Combine(Path.GetTempPath(), "flowbuilder-bdn")),
            "durable" => await SuspendResumeRun.RunAsync(store, count),
            "memory" => await SuspendedMemoryRun.RunAsync(store, count),
            "profile" => await CpuProfileRun.RunAsync(Option(args, "--journal") ?? "on", double.Parse(Option(args, "--seconds") ?? "5", CultureInfo.InvariantCulture),
                Option(args, "--trace") ?? Path.Combine(Path.GetTempPath(), "flowbuilder-steps.nettrace")),
            "profile-process" => await ProcessProfileRun.RunAsync(int.Parse(Option(args, "--pid") ?? throw new ArgumentException("--pid is required.", nameof(args)), CultureInfo.InvariantCulture),
                double.Parse(Option(args, "--seconds") ?? "8", CultureInfo.InvariantCulture), Option(args, "--trace") ?? Path.Combine(Path.GetTempPath(), "flowbuilder-server.nettrace")),
            "rating" => RatingRun.Run(Option(args, "--artifacts") ?? Path.Combine(Path.GetTempPath(), "flowbuilder-bdn-rating"), args.Contains("--quick"),
                int.Parse(Option(args, "--sql-count") ?? "20000", CultureInfo.InvariantCulture),
                Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("FLOWBUILDER_BENCH_POSTGRES")),
            var other => throw new ArgumentException($"Unknown mode '{other}'.", nameof(args)),
        };
        Console.WriteLine(text);
        if (report is not null) await File.AppendAllTextAsync(report, text + Environment.NewLine);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
