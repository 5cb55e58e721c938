using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>How <see cref="CallConnector"/> connects a caller.</summary>
/// <param name="CompanyId">Whose directory forwarding and transfer targets are resolved in.</param>
public sealed record ConnectOptions(string CompanyId)
{
    /// <summary>The number presented to the called party; null for the caller's number (internal calls) or the trunk's default.</summary>
    public string? CallerId { get; init; }

    /// <summary>Overrides the ring time of extensions and groups (each member, for sequential groups); null: their own, 30 s for outside numbers.</summary>
    public TimeSpan? RingTimeout { get; init; }

    /// <summary>The trunk for outside numbers; null for the default.</summary>
    public string? Trunk { get; init; }

    /// <summary>Written on the CDRs of the legs placed; null for none.</summary>
    public CallOwner? Owner { get; init; }

    /// <summary>Whether a party may transfer the other (REFER during the bridge). Default true.</summary>
    public bool AllowTransfers { get; init; } = true;

    /// <summary>Whether transfers may name outside numbers; by default only the company's extensions and groups.</summary>
    public bool AllowExternalTransfers { get; init; }

    /// <summary>When set, the caller's leg is recorded from the moment it is first bridged (the recording id is in <see cref="ConnectResult.RecordingId"/>).</summary>
    public RecordingRequest? Recording { get; init; }

    /// <summary>Called with each new leg's id before it is dialled (so a flow can hang it up if it ends first).</summary>
    public Action<string>? Dialling { get; init; }

    /// <summary>Called with the leg that answered, once the caller is answered and just before they are bridged.</summary>
    public Action<CallInfo>? Answered { get; init; }
}
