namespace FlowBuilder.Engine.Calls;

/// <summary>Configuration section <c>FlowBuilder:Calls</c>.</summary>
public sealed record CallChannelOptions
{
    /// <summary>The channel outbound calls use when a flow has no call yet (<c>sip</c> or <c>simulator</c>); default <c>sip</c> when registered.</summary>
    public string? DefaultChannel { get; set; }
}
