using System.Globalization;
using FlowBuilder.Engine.Runtime;
using Spectre.Console;

namespace FlowBuilder.Cli.Run;

/// <summary>Prints a run: the journal as a table, then status, result or fault, or what the instance waits on.</summary>
internal static class RunPrinter
{
    private const int SummaryWidth = 60;

    public static void Print(CliOutput io, string flowLabel, RunReport report)
    {
        io.Out.WriteLine($"flow: {flowLabel}");
        io.Out.WriteLine($"instance: {report.InstanceId}");
        io.Out.Flush();
        if (report.Journal.Count > 0) io.Console.Write(JournalTable(report.Journal));
        else io.Out.WriteLine("journal: (no steps)");
        io.Out.WriteLine($"steps: {report.Journal.Count}");
        var settled = report.Settled;
        if (report.TimedOut)
        {
            io.Out.WriteLine($"status: {settled?.Status.ToString() ?? "Running"} (timed out)");
            var waiting = report.WaitingOn is { } b ? $" while it waited on '{b.Name}' at node '{b.NodeId}'" + Due(b) : "";
            io.Out.WriteLine($"timeout: the instance did not finish within the time limit{waiting}. Raise --timeout to wait longer.");
            return;
        }
        io.Out.WriteLine($"status: {settled!.Status}");
        switch (settled.Status)
        {
            case InstanceStatus.Completed:
                io.Out.WriteLine($"result: {(settled.Result is null ? "(none)" : Engine.Expressions.FlowValues.ToCompactJson(settled.Result))}");
                break;
            case InstanceStatus.Suspended when report.WaitingOn is { } bookmark:
                var key = bookmark.CorrelationKey is null ? "" : $" with correlation key '{bookmark.CorrelationKey}'";
                io.Out.WriteLine($"waiting: for '{bookmark.Name}'{key} at node '{bookmark.NodeId}'{Due(bookmark)}. Nothing in this process will send it; run the flow on a server to deliver it.");
                break;
            case InstanceStatus.Faulted or InstanceStatus.Cancelled:
                var node = settled.FaultNodeId is null ? "" : $" at node '{settled.FaultNodeId}'";
                io.Out.WriteLine($"fault{node}: {settled.FaultMessage}");
                foreach (var incident in report.Incidents) io.Out.WriteLine($"incident: {incident.Kind} at node '{incident.NodeId}': {incident.Message}");
                break;
        }
    }

    private static string Due(Engine.Runtime.ActiveBookmark bookmark) =>
        bookmark.ResumeAt is { } due ? $" (its timer is due at {due.ToString("u", CultureInfo.InvariantCulture)})" : "";

    private static Table JournalTable(IReadOnlyList<JournalEntry> journal)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "#", "node", "activity", "outcome", "ms", "inputs", "outputs" }) table.AddColumn(column);
        table.Columns[0].RightAligned();
        table.Columns[4].RightAligned();
        foreach (var entry in journal)
        {
            table.AddRow(
                new Text(entry.Sequence.ToString(CultureInfo.InvariantCulture)),
                new Text(entry.NodeId),
                new Text(entry.ActivityType),
                new Text(Clip(entry.Outcome, SummaryWidth)),
                new Text(entry.DurationMs.ToString("0.000", CultureInfo.InvariantCulture)),
                new Text(Clip(entry.Inputs, SummaryWidth)),
                new Text(Clip(entry.Outputs, SummaryWidth)));
        }
        return table;
    }

    private static string Clip(string? text, int width) =>
        text is null ? "" : text.Length <= width ? text : text[..(width - 1)] + "…";
}
