namespace FlowBuilder.Engine.Runtime;

/// <summary>One step of an instance: which node ran, what came out, how long it took, and a short
/// summary of the inputs it read and the outputs it set. (<see cref="InstanceId"/>, <see cref="Sequence"/>)
/// is unique, so a step replayed after a crash overwrites itself instead of appearing twice.</summary>
public sealed record JournalEntry(
    string InstanceId,
    long Sequence,
    string CompanyId,
    string NodeId,
    string ActivityType,
    string Outcome,
    DateTimeOffset StartedAt,
    double DurationMs,
    string? Inputs,
    string? Outputs,
    string? Error);
