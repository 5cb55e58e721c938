namespace FlowBuilder.Engine.Calls;

/// <summary>How a bridge ended.</summary>
/// <param name="EndedCallId">The call that hung up (or asked for the transfer); null for unbridged or failed.</param>
/// <param name="Cause">Why <paramref name="EndedCallId"/> ended: <see cref="HangUpCause.RemoteHangUp"/> for a party hanging up,
/// <see cref="HangUpCause.MediaTimeout"/> or <see cref="HangUpCause.Failed"/> for a leg that failed.</param>
public sealed record BridgeResult(BridgeStatus Status, string? EndedCallId = null, HangUpCause? Cause = null, string? TransferTarget = null, string? Error = null)
{
    public static BridgeResult Unbridged { get; } = new(BridgeStatus.Unbridged);

    public static BridgeResult Failed(string error) => new(BridgeStatus.Failed, Error: error);
}
