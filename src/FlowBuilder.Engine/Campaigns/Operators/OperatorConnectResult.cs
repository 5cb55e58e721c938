namespace FlowBuilder.Engine.Campaigns.Operators;

/// <param name="Operator">The extension that took the call; null when none did.</param>
/// <param name="CallerUp">True when the contact is still on the line after the operator hung up (the flow may go on).</param>
public sealed record OperatorConnectResult(OperatorConnectStatus Status, string? Operator = null, double TalkSeconds = 0, bool CallerUp = false, string? Error = null)
{
    /// <summary>The recording of the connected call, when one was asked for.</summary>
    public string? RecordingId { get; init; }
}
