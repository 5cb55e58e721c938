namespace FlowBuilder.Engine.Calls;

/// <summary>Why a bridge ended.</summary>
public enum BridgeStatus
{
    /// <summary>One call ended (<see cref="BridgeResult.EndedCallId"/>, <see cref="BridgeResult.Cause"/>); the other is still up.</summary>
    HungUp,

    /// <summary>A party asked to transfer the other (<see cref="BridgeResult.EndedCallId"/> asked, to <see cref="BridgeResult.TransferTarget"/>); both are still up.</summary>
    TransferRequested,

    /// <summary>The bridge was cancelled; both calls are still up.</summary>
    Unbridged,

    /// <summary>The calls could not be bridged (<see cref="BridgeResult.Error"/>: unknown call, not answered, other channel).</summary>
    Failed,
}
