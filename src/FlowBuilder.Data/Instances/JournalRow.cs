using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Data.Instances;

internal sealed class JournalRow
{
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public string CompanyId { get; set; } = "";
    public string NodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Outcome { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public double DurationMs { get; set; }
    public string? Inputs { get; set; }
    public string? Outputs { get; set; }
    public string? Error { get; set; }

    public JournalEntry ToEntry() =>
        new(InstanceId, Sequence, CompanyId, NodeId, ActivityType, Outcome, StartedAt, DurationMs, Inputs, Outputs, Error);
}
