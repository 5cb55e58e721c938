namespace FlowBuilder.Server.Flows;

/// <summary>Body of <c>POST /api/flows/{id}/publish</c>. <see cref="Revision"/> (or If-Match) makes the
/// publish fail with 409 when the draft changed since it was read.</summary>
internal sealed record PublishRequest(string? Note, long? Revision);
