namespace FlowBuilder.Engine.Calls;

/// <summary>What happens to an inbound call: which flow runs it (<see cref="Version"/> null for the latest published), or
/// why none does.</summary>
public sealed record InboundCallDecision(InboundCallAction Action, string? CompanyId = null, string? FlowId = null, int? Version = null)
{
    public static InboundCallDecision NotFound { get; } = new(InboundCallAction.NotFound);

    public static InboundCallDecision Blocked(string companyId) => new(InboundCallAction.Blocked, companyId);
}
