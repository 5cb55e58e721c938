namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>Body of <c>POST …/requests/{id}/callback</c>: the operator to ring first (ext:101); left out, the campaign's operators.</summary>
internal sealed record CallbackBody(string? Operator);
