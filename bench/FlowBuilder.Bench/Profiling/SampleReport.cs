using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace FlowBuilder.Bench.Profiling;

/// <summary>Reads a sample-profiler trace: the share of busy samples in (inclusive) and on top of
/// (exclusive) each method. Busy = the thread's stack is in FlowBuilder or Jint code (an instance
/// running, or the journal writer); idle pool threads and the benchmark's own loop are left out.
/// A sample on top of <c>PollGC</c> is a thread stopped for a garbage collection.</summary>
internal static partial class SampleReport
{
    /// <summary>Methods worth naming even when they are not in the top list.</summary>
    private static readonly string[] Watched =
    [
        "InstanceActor.RunAsync", "InstanceActor.WriteJournal", "InstanceActor.Summarize", "FlowValues.ToCompactJson",
        "ScriptHost.Run", "Jint.Engine.Execute", "JsConvert", "ActivityContext.Eval", "Decision.ExecuteAsync", "SetVariable.ExecuteAsync",
        "FlowValues.Normalize", "ActivityContext.SetVariable", "PersistenceQueue.Enqueue", "PersistenceQueue.WriteLoopAsync",
        "InstanceActor.Snapshot", "FlowEngine.Start", "FlowEngine.OnSettled", "InstanceActor.DrainAsync", "System.Text.Json.JsonSerializer",
        "TimeProvider", "Stopwatch", "Guid.NewGuid", "Channels", "Monitor.Enter", "PollGC",
    ];


    /// <summary>Methods worth naming in a profile of the server under webhook load.</summary>
    public static readonly string[] ServerWatched =
    [
        "WebhookEndpoint.HandleAsync", "WebhookPayload.ReadAsync", "SqlFlowRepository.FindTriggerAsync", "FlowEngine.StartAsync", "PlanCache.GetAsync", "FlowEngine.Start",
        "InstanceActor.RunAsync", "InstanceActor.WriteJournal", "ScriptHost.Run", "HttpResponse.ExecuteAsync", "FlowReplyResult",
        "PersistenceQueue.WriteLoopAsync", "SqlInstanceStore.WriteAsync", "DbContext.SaveChanges", "Sqlite.SqliteTransaction", "Microsoft.EntityFrameworkCore.Query",
        "Microsoft.Data.Sqlite.SqliteCommand", "Microsoft.Data.Sqlite.SqliteConnection.Open", "SQLitePCL", "RequestLoggingMiddleware", "RequestBodyLimitMiddleware",
        "Serilog", "System.Text.Json.JsonSerializer", "Kestrel", "Monitor.Enter", "Monitor.Wait", "ManualResetEventSlim.Wait", "PollGC",
        // click-to-call intake (bench/clicktocall/run.sh)
        "PublicClickToCallEndpoints.SubmitAsync", "ClickToCallRequests.SubmitAsync", "ContactPhones.TryNormalize", "PhoneDirections.Describe",
        "SlidingWindowLimiter", "SqlClickToCallCampaignStore.FindByKeyAsync", "SqlDoNotCallList.ContainsAsync", "SqlCallerListStore.FindAsync",
        "SqlCompanyStore.GetAsync", "DestinationRates.FindAsync", "SqlTariffStore.ListAsync", "SqlCallbackRequestStore.ListByPhoneAsync",
        "SqlCallbackRequestStore.AddAsync", "PublishQuietlyAsync", "SqliteConnectionPool",
    ];

    private static readonly string[] EnginePrefixes = ["FlowBuilder.Engine", "FlowBuilder.Activities", "Jint."];

    private static readonly string[] ServerPrefixes = ["FlowBuilder.", "Jint.", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCL", "System.Net", "Serilog"];

    public static string Build(string traceFile, string journal, long steps, double seconds) =>
        Build(traceFile, $"journal {journal}", $"{steps:N0} steps, {steps / seconds:N0} steps/s while profiled", seconds, Watched, EnginePrefixes);

    /// <summary>A profile of another process (the server under load): busy = any frame of the server's own stack.</summary>
    public static string BuildForServer(string traceFile, double seconds) =>
        Build(traceFile, "FlowBuilder server under webhook load", "wrk running", seconds, ServerWatched, ServerPrefixes);

    private static string Build(string traceFile, string title, string load, double seconds, string[] watchedMethods, string[] busyPrefixes)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(traceFile);
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var blockedIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var busy = 0;
        foreach (var data in log.Events)
        {
            if (data.ProviderName != "Microsoft-DotNETCore-SampleProfiler") continue;
            var stack = data.CallStack();
            if (stack is null) continue;
            var frames = new List<string>();
            for (var frame = stack; frame is not null; frame = frame.Caller) frames.Add(Name(frame.CodeAddress));
            if (!frames.Any(f => busyPrefixes.Any(prefix => f.StartsWith(prefix, StringComparison.Ordinal)))) continue;
            busy++;
            var top = frames.FirstOrDefault(f => !f.StartsWith('?')) ?? frames[0];
            exclusive[top] = exclusive.GetValueOrDefault(top) + 1;
            if (Blocked(top) is { } why)
            {
                var owner = frames.FirstOrDefault(f => busyPrefixes.Any(prefix => f.StartsWith(prefix, StringComparison.Ordinal))) ?? "?";
                var key = $"{why} in {Shorten(owner)}";
                blockedIn[key] = blockedIn.GetValueOrDefault(key) + 1;
            }
            foreach (var name in frames.Distinct()) inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
        }
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU samples, {title}: {busy:N0} busy samples over {seconds:0} s ({load})."))
            .AppendLine();
        text.AppendLine("| method (inclusive: the method and what it calls) | share of busy samples |").AppendLine("|---|---:|");
        foreach (var watched in watchedMethods)
        {
            var hits = inclusive.Where(p => p.Key.Contains(watched, StringComparison.Ordinal)).Select(p => p.Value).DefaultIfEmpty(0).Max();
            if (hits > 0) text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| `{watched}` | {100.0 * hits / Math.Max(1, busy):0.0} % |"));
        }
        text.AppendLine().AppendLine("| top methods (exclusive: samples on top of the stack) | share |").AppendLine("|---|---:|");
        foreach (var (name, hits) in exclusive.OrderByDescending(p => p.Value).Take(20))
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| `{Shorten(name)}` | {100.0 * hits / Math.Max(1, busy):0.0} % |"));
        text.AppendLine().AppendLine("| blocked samples, by the innermost frame of our code | share |").AppendLine("|---|---:|");
        foreach (var (name, hits) in blockedIn.OrderByDescending(p => p.Value).Take(12))
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| `{name}` | {100.0 * hits / Math.Max(1, busy):0.0} % |"));
        return text.ToString();
    }

    private static string? Blocked(string top) =>
        top.Contains("PollGC", StringComparison.Ordinal) ? "stopped for GC"
        : top.Contains("Monitor.Enter", StringComparison.Ordinal) ? "waiting for a lock"
        : top.Contains("Monitor.Wait", StringComparison.Ordinal) || top.Contains("ManualResetEventSlim.Wait", StringComparison.Ordinal) || top.Contains("SemaphoreSlim.Wait", StringComparison.Ordinal) ? "blocked in a wait"
        : null;

    /// <summary>The method's name, with async state machines (<c>Type+&lt;Method&gt;d__7.MoveNext</c>) shown as <c>Type.Method</c>.</summary>
    private static string Name(TraceCodeAddress address)
    {
        var method = address.FullMethodName;
        if (string.IsNullOrEmpty(method)) return $"?{address.ModuleName}";
        return AsyncStateMachine().Replace(method, ".$1");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\+<(\w+)>d__\d+(?:`\d+)?(?:\[[^\]]*\])?\.MoveNext")]
    private static partial System.Text.RegularExpressions.Regex AsyncStateMachine();

    private static string Shorten(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var shortName = paren > 0 ? name[..paren] : name;
        return shortName.Length > 110 ? shortName[..110] + "…" : shortName;
    }
}
