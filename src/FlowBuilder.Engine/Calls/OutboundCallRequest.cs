namespace FlowBuilder.Engine.Calls;

/// <summary>Place a call to <paramref name="To"/> and run a published flow on it when answered (<c>POST /api/calls</c>).</summary>
/// <param name="Version">The flow version; null for the latest published.</param>
/// <param name="Channel">The call channel (<c>sip</c>, <c>simulator</c>); null for the default.</param>
public sealed record OutboundCallRequest(
    string CompanyId,
    string FlowId,
    string To,
    string? CallerId = null,
    string? Trunk = null,
    int? Version = null,
    Dictionary<string, object?>? Input = null,
    string? Channel = null)
{
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
