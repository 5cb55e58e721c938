using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>
    /// Blind transfer (RFC 3515): REFER to the call's party with <paramref name="target"/> as Refer-To — a <c>sip:</c> URI as
    /// given, anything else (a number) as <c>sip:target@&lt;media address&gt;:&lt;our SIP port&gt;</c> so the party calls us back
    /// for it — then the NOTIFYs until a final sipfrag status, for at most <see cref="Hosting.SipOptions.TransferTimeoutSeconds"/>.
    /// 2xx → <see cref="TransferStatus.Transferred"/> and our leg is hung up (Normal) unless the party already sent BYE.
    /// </summary>
    public async ValueTask<TransferResult> TransferAsync(string callId, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callId);
        if (string.IsNullOrWhiteSpace(target)) return new TransferResult(TransferStatus.Failed, Error: "The transfer target is empty: give a number or a sip: URI.");
        if (!_legs.TryGetValue(callId, out var leg))
        {
            return _ended.Find(callId) is null ? new TransferResult(TransferStatus.Failed, Error: UnknownCall(callId)) : new TransferResult(TransferStatus.HungUp);
        }
        SipCall call;
        TaskCompletionSource<int> pending;
        lock (leg.Gate)
        {
            if (leg.IsEnded) return new TransferResult(TransferStatus.HungUp);
            if (leg.State != SipCallLegState.Answered || leg.Call is null)
            {
                return new TransferResult(TransferStatus.Failed, Error: $"Call '{callId}' is not answered: only an answered call can be transferred.");
            }
            if (leg.PendingTransfer is not null) return new TransferResult(TransferStatus.Failed, Error: $"Call '{callId}' is already being transferred.");
            call = leg.Call;
            leg.PendingTransfer = pending = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        try
        {
            if (TransferUri(target, call) is not { } uri)
            {
                return new TransferResult(TransferStatus.Failed, Error: $"Transfer target '{target}' is neither a number nor a sip: URI.");
            }
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var timeout = Task.Delay(TimeSpan.FromSeconds(Options.TransferTimeoutSeconds), _time, deadline.Token);
            var referred = call.ReferAsync(uri, cancellationToken: deadline.Token);
            await Task.WhenAny(referred, leg.Ended, timeout).ConfigureAwait(false);
            if (!referred.IsCompleted)
            {
                await deadline.CancelAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return leg.IsEnded ? new TransferResult(TransferStatus.HungUp) : new TransferResult(TransferStatus.Refused, Error: $"The party did not answer the REFER within {Text(Options.TransferTimeoutSeconds)} s.");
            }
            var status = await referred.ConfigureAwait(false);
            if (status is null) return new TransferResult(TransferStatus.Refused, Error: "The party did not answer the REFER.");
            if (status >= 300) return new TransferResult(TransferStatus.Refused, status, $"The party refused the transfer with {Text(status.Value)}.");

            await Task.WhenAny(pending.Task, leg.Ended, timeout).ConfigureAwait(false);
            await deadline.CancelAsync().ConfigureAwait(false);
            if (pending.Task.IsCompletedSuccessfully)
            {
                var final = pending.Task.Result;
                if (final >= 300) return new TransferResult(TransferStatus.Refused, final, $"The transfer to '{target}' failed with {Text(final)}.");
                _logger.LogInformation("Call {CallId} transferred to {Target}", callId, uri);
                if (!leg.IsEnded) await HangUpAsync(callId, HangUpCause.Normal, CancellationToken.None).ConfigureAwait(false);
                return new TransferResult(TransferStatus.Transferred, final);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (leg.IsEnded) return new TransferResult(TransferStatus.HungUp);
            return new TransferResult(TransferStatus.Refused, Error: $"No final NOTIFY for the transfer to '{target}' within {Text(Options.TransferTimeoutSeconds)} s.");
        }
        finally
        {
            lock (leg.Gate) leg.PendingTransfer = null;
        }
    }

    private SipUri? TransferUri(string target, SipCall call)
    {
        var text = target.Trim();
        if (text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sips:", StringComparison.OrdinalIgnoreCase))
        {
            return SipUri.TryParse(text, out var uri) ? uri : null;
        }
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '*' or '#' or '-' or '.' or '_')) return null;
        var host = MediaAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{MediaAddress}]" : MediaAddress.ToString();
        return new SipUri { User = text, Host = host, Port = call.Agent.Contact.Port };
    }

    private void OnReferProgress(SipCall call, int status)
    {
        if (status < 200 || !_bySipCall.TryGetValue(call, out var leg)) return;
        TaskCompletionSource<int>? pending;
        lock (leg.Gate) pending = leg.PendingTransfer;
        pending?.TrySetResult(status);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
