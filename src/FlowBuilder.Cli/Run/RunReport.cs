using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Cli.Run;

/// <summary>How an in-process run ended: the last settle (null when <see cref="TimedOut"/> before any),
/// the bookmark it waits on when suspended, and the journal.</summary>
internal sealed record RunReport(
    string InstanceId,
    InstanceSettled? Settled,
    ActiveBookmark? WaitingOn,
    bool TimedOut,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<Incident> Incidents);
