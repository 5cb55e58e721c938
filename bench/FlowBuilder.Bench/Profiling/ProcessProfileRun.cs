using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace FlowBuilder.Bench.Profiling;

/// <summary>Samples another .NET process (the server under load) for a few seconds over EventPipe
/// and reports where its busy threads were.</summary>
internal static class ProcessProfileRun
{
    public static async Task<string> RunAsync(int processId, double seconds, string traceFile)
    {
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Default),
        };
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 512);
        var copy = Task.Run(async () =>
        {
            await using var file = File.Create(traceFile);
            await session.EventStream.CopyToAsync(file);
        });
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        await session.StopAsync(CancellationToken.None);
        await copy;
        return SampleReport.BuildForServer(traceFile, seconds);
    }
}
