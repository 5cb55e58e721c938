using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>One step of an instance.</summary>
internal sealed record JournalEntryView(
    long Sequence,
    string NodeId,
    string ActivityType,
    string Outcome,
    DateTimeOffset StartedAt,
    double DurationMs,
    JsonNode? Inputs,
    JsonNode? Outputs,
    string? Error)
{
    public static JournalEntryView From(JournalEntry e) =>
        new(e.Sequence, e.NodeId, e.ActivityType, e.Outcome, e.StartedAt, e.DurationMs, JsonText.Parse(e.Inputs), JsonText.Parse(e.Outputs), e.Error);
}
