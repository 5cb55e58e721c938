namespace FlowBuilder.Engine.Calls;

/// <summary>How a bridge treats the parties' requests.</summary>
public sealed record BridgeOptions
{
    public static BridgeOptions Default { get; } = new();

    /// <summary>
    /// Decides a party's request to transfer the other (an inbound REFER during the bridge): null allows it (the bridge ends
    /// with <see cref="BridgeStatus.TransferRequested"/>); a reason refuses it (403 with that reason; the bridge goes on).
    /// Arguments: the id of the call that asked, the target it named. Null refuses every transfer request.
    /// </summary>
    public Func<string, string, CancellationToken, ValueTask<string?>>? CheckTransfer { get; init; }
}
