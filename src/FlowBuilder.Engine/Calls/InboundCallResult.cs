namespace FlowBuilder.Engine.Calls;

/// <summary>What <see cref="CallFlows.AcceptInboundAsync"/> did with a ringing call: started a flow instance, or
/// rejected the call because no published flow is bound to the dialled number or the caller is blacklisted.</summary>
public sealed record InboundCallResult
{
    private InboundCallResult(string? instanceId) => InstanceId = instanceId;

    /// <summary>The instance handling the call; null when it was not found.</summary>
    public string? InstanceId { get; }

    public bool IsStarted => InstanceId is not null;

    public static InboundCallResult NotFound { get; } = new((string?)null);

    /// <summary>The caller is blacklisted; the call was refused busy.</summary>
    public static InboundCallResult Blocked { get; } = new((string?)null) { WasBlocked = true };

    public bool WasBlocked { get; private init; }

    public static InboundCallResult Started(string instanceId) => new(instanceId ?? throw new ArgumentNullException(nameof(instanceId)));
}
