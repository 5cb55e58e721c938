namespace FlowBuilder.Server.CallCentre.Queues;

/// <summary>Body of <c>PUT /api/queues/{name}</c>; every field but <c>agents</c> has a default.</summary>
/// <param name="Strategy"><c>ring-all</c> (default), <c>round-robin</c> or <c>longest-idle</c>.</param>
/// <param name="HoldPrompt">Text spoken in a loop while waiting, when no hold music is set.</param>
/// <param name="HoldMusic">A media-library file played in a loop while waiting.</param>
internal sealed record QueueRequest(
    IReadOnlyList<QueueAgentBody?>? Agents,
    string? Strategy,
    string? HoldPrompt,
    string? HoldMusic,
    int? AnnounceEverySeconds,
    bool? AnnouncePosition,
    bool? AnnounceWaitTime,
    int? MaxWaitSeconds,
    int? AgentRingSeconds,
    int? WrapUpSeconds,
    int? ServiceLevelSeconds);
