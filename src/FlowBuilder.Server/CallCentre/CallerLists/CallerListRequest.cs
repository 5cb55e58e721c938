namespace FlowBuilder.Server.CallCentre.CallerLists;

/// <summary>Body of <c>PUT /api/caller-lists/{blocked|allowed}/{number}</c>; may be empty.</summary>
/// <param name="FlowId">Allowed callers only: a flow of the company that handles this caller's calls instead of the dialled number's.</param>
internal sealed record CallerListRequest(string? FlowId, string? Note);
