using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallService
{
    /// <summary>
    /// Calls from an extension (From user) or to an extension or group number (Request-URI user) authenticate with 407 and the
    /// caller's extension password (throttled like REGISTER). Refused: the INVITE has been answered. Route: the internal target.
    /// </summary>
    private async Task<InternalAdmission> AdmitInternalAsync(SipIncomingCall incoming)
    {
        if (extensions is null) return default;
        var token = _stopping.Token;
        var callerNumber = UserOf(incoming.From);
        var dialled = incoming.Invite.Uri.User ?? incoming.To?.Uri.User ?? "";
        var caller = callerNumber.Length > 0 ? await extensions.FindAsync(callerNumber, token).ConfigureAwait(false) : null;
        var extension = dialled.Length > 0 ? await extensions.FindAsync(dialled, token).ConfigureAwait(false) : null;
        var group = extension is null && groups is not null && dialled.Length > 0 ? await groups.FindByNumberAsync(dialled, token).ConfigureAwait(false) : null;
        if (caller is null && extension is null && group is null) return default;

        if (control.Registrar is not { } registrar)
        {
            await control.Refuse(incoming, 403, HangUpCause.Failed).ConfigureAwait(false);
            return new InternalAdmission(true, null);
        }
        var authenticator = registrar.Authenticator;
        var authentication = await authenticator.AuthenticateAsync(incoming.Invite, incoming.Source, proxy: true, expectedUser: caller?.Number, token).ConfigureAwait(false);
        if (authenticator.ResponseFor(authentication, incoming.Invite, proxy: true) is { } refusal)
        {
            incoming.Reject(refusal);
            if (authentication.Status != ExtensionAuthenticationStatus.Challenge)
                _logger.LogInformation("Call from {Caller} ({Source}) to {Dialled} refused: {Status}", callerNumber, incoming.Source, dialled, authentication.Status);
            return new InternalAdmission(true, null);
        }
        var companyId = authentication.Extension!.CompanyId;
        if (extension is not null || group is not null)
        {
            var targetCompany = extension?.CompanyId ?? group!.CompanyId;
            if (!string.Equals(targetCompany, companyId, StringComparison.Ordinal))
            {
                await control.Refuse(incoming, 404, HangUpCause.NotFound).ConfigureAwait(false);
                return new InternalAdmission(true, null);
            }
            var target = extension is not null
                ? new CallTarget(CallTargetKind.Extension, extension.Number, Extension: extension)
                : new CallTarget(CallTargetKind.Group, group!.Name, Group: group);
            return new InternalAdmission(false, InboundCallRoute.Internal(companyId, target));
        }
        // An authenticated extension calling a DID or an outside number: the router decides (a flow); without a flow the
        // number is dialled out through the outbound routes by the internal-call handler.
        return new InternalAdmission(false, null, authentication.Extension);
    }

    private async Task TakeInternalAsync(SipIncomingCall incoming, InboundCallRoute route, CallTarget target)
    {
        if (internalCalls is null)
        {
            _logger.LogWarning("Call to {Target} refused: no {Handler} is registered", target.Value, nameof(IInternalCallHandler));
            await control.Refuse(incoming, 480, HangUpCause.Failed).ConfigureAwait(false);
            return;
        }
        var call = control.Admit(incoming);
        incoming.Ring();
        try
        {
            await internalCalls.HandleAsync(control, call, target, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "The internal call {CallId} to {Target} failed", call.Id, target.Value);
            await control.HangUpAsync(call.Id, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string UserOf(SipNameAddress? address) => address?.Uri.User ?? "";

    /// <summary><paramref name="Caller"/>: the extension the caller authenticated as, if any.</summary>
    private readonly record struct InternalAdmission(bool Refused, InboundCallRoute? Route, Extension? Caller = null);
}
