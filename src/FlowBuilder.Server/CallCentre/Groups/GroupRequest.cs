namespace FlowBuilder.Server.CallCentre.Groups;

/// <summary>Body of <c>PUT /api/extension-groups/{name}</c>.</summary>
/// <param name="Members">Call targets in ring order (extension numbers, <c>group:NAME</c>, outside numbers); at least one.</param>
/// <param name="RingMode"><c>simultaneous</c> (default) or <c>sequential</c>.</param>
/// <param name="RingSeconds">5-300, default 20: each member (sequential) or the whole group (simultaneous).</param>
/// <param name="Number">An internal number (2-15 digits) that dials the group; none when left out.</param>
internal sealed record GroupRequest(IReadOnlyList<string?>? Members, string? RingMode, int? RingSeconds, string? Number);
