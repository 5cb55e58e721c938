namespace FlowBuilder.Server.ClickToCall.Public;

/// <summary>An error of the public endpoints, which the widget shows: a stable code (see CallbackRefusals), a message for the
/// visitor, the field at fault, and the existing request's id for duplicate_request.</summary>
internal sealed record PublicErrorView(string Code, string Message, string? Field = null, string? Id = null);
