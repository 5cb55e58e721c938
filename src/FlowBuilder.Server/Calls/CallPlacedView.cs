namespace FlowBuilder.Server.Calls;

/// <summary>Answer to <c>POST /api/calls</c>: the new leg's id; follow it at <c>/api/calls/{callId}</c>.</summary>
internal sealed record CallPlacedView(string CallId, string FlowId, string To, string Status);
