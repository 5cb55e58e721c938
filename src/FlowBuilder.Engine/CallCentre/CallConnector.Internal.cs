using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre;

public sealed partial class CallConnector
{
    /// <summary>
    /// An extension calls another extension, a group or an outside number, with no flow: <paramref name="ringingCall"/> hears ringing
    /// until the target answers, then both are bridged and both are hung up at the end. When nobody answers the caller is rejected with
    /// the matching cause (busy: <see cref="HangUpCause.Busy"/>, SIP 486; no answer: <see cref="HangUpCause.NoAnswer"/>, 480; otherwise
    /// <see cref="HangUpCause.Failed"/>). The company is the target's, else the calling extension's.
    /// </summary>
    public async ValueTask<ConnectResult> ConnectInternalAsync(ICallControl channel, CallInfo ringingCall, CallTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(ringingCall);
        ArgumentNullException.ThrowIfNull(target);
        var companyId = target.Extension?.CompanyId ?? target.Group?.CompanyId
            ?? (await _targets.FindExtensionAsync(ringingCall.From, cancellationToken).ConfigureAwait(false))?.CompanyId
            ?? "";
        var options = new ConnectOptions(companyId) { CallerId = ringingCall.From };
        var result = await ConnectAsync(channel, ringingCall.Id, target, options, cancellationToken).ConfigureAwait(false);
        HangUpCause? cause = result.Status switch
        {
            ConnectStatus.Busy => HangUpCause.Busy,
            ConnectStatus.NoAnswer => HangUpCause.NoAnswer,
            ConnectStatus.Failed => HangUpCause.Failed,
            ConnectStatus.Connected when result.CallerUp => HangUpCause.Normal,
            _ => null,
        };
        if (cause is { } hangUp) await HangUpQuietlyAsync(channel, ringingCall.Id, hangUp).ConfigureAwait(false);
        return result with { CallerUp = false };
    }
}
