using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>How <see cref="CallConnector.ConnectAsync"/> ended.</summary>
/// <param name="Callee">The leg that answered last (after forwarding and transfers); null when nobody answered.</param>
/// <param name="AnsweredBy">The target that answered, e.g. the extension a call was forwarded to.</param>
/// <param name="SipStatus">The final SIP status of the (last) dial, when there was one.</param>
public sealed record ConnectResult(
    ConnectStatus Status,
    CallInfo? Callee = null,
    CallTarget? AnsweredBy = null,
    int? SipStatus = null,
    string? Error = null)
{
    /// <summary><see cref="Caller"/> or <see cref="CalleeSide"/> for a connected call: who hung up (or left by transferring).</summary>
    public string? EndedBy { get; init; }

    /// <summary>True while the caller's leg is still up after the connect (the flow may go on with it).</summary>
    public bool CallerUp { get; init; }

    /// <summary>From the first bridge to its end; zero when never bridged.</summary>
    public TimeSpan TalkTime { get; init; }

    public string? RecordingId { get; init; }

    public const string Caller = "caller";
    public const string CalleeSide = "callee";
}
