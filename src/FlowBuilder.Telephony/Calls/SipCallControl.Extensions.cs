using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>
    /// Rings every registered contact of the extension at once (forked INVITEs, each sent to the address its REGISTER came
    /// from). The first 2xx wins and the others are cancelled (a 2xx that crosses the CANCEL gets a BYE); all busy is busy,
    /// any still ringing at the ring timeout makes it no-answer; an extension with no contact fails with 480.
    /// </summary>
    private async ValueTask<DialResult> DialExtensionAsync(DialRequest request, string callId, CancellationToken cancellationToken)
    {
        var number = request.To.Trim();
        var contacts = Registrar?.Contacts(number) ?? [];
        if (contacts.Count == 0) return new DialResult(DialStatus.Failed, StatusCode: 480, Reason: $"Extension {number} is not registered.");
        if (ActiveCalls >= Options.MaxCalls) return Failed($"Over capacity: {Options.MaxCalls} calls are up ({SipOptions.SectionName}:MaxCalls).");

        var callerId = request.CallerId ?? "flowbuilder";
        var info = new CallInfo(callId, ChannelName, CallDirection.Outbound, callerId, number, _time.GetUtcNow());
        var leg = Register(info, incoming: null, trunk: null);
        if (request.Owner is { } owner) leg.Owner = owner;
        UdpRtpSink socket;
        try
        {
            socket = UdpRtpSink.Open(Ports, _rtpBindAddress);
        }
        catch (InvalidOperationException e)
        {
            await EndAsync(leg, HangUpCause.Overloaded, CallDisposition.Failed, null).ConfigureAwait(false);
            return Failed(e.Message);
        }
        lock (leg.Gate) leg.Socket = socket;

        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, leg.DialCancellation.Token);
        var forks = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        var winner = new TaskCompletionSource<SipCallResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var losers = new List<SipCallResult>();
        var remaining = contacts.Count;
        var from = new SipNameAddress(new SipUri { User = callerId, Host = MediaAddress.ToString() });
        var running = contacts.Select(contact => RingContactAsync(contact)).ToList();
        _ = Task.WhenAll(running).ContinueWith(
            _ =>
            {
                forks.Dispose();
                linked.Dispose();
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var answered = await winner.Task.ConfigureAwait(false);
        if (answered is not null) return await FinishDialAsync(leg, answered, request.RingTimeout).ConfigureAwait(false);
        SipCallResult outcome;
        lock (losers) outcome = Aggregate(losers, linked.IsCancellationRequested);
        return await FinishDialAsync(leg, outcome, request.RingTimeout).ConfigureAwait(false);

        async Task RingContactAsync(ExtensionContact contact)
        {
            SipCallResult result;
            var agent = Agents.FirstOrDefault(a => string.Equals(a.Layer.Transport.Protocol, contact.Transport, StringComparison.OrdinalIgnoreCase)) ?? Agents.FirstOrDefault();
            try
            {
                if (agent is null) throw new InvalidOperationException("No SIP listener to call the extension from.");
                var dial = new SipDialOptions { RtpPort = socket.Port, From = from, Destination = contact.Source, RingTimeout = request.RingTimeout };
                result = await agent.CallAsync(contact.Uri, dial, forks.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                _logger.LogWarning(e, "Ringing {Contact} of extension {Number} failed", contact.Uri, number);
                result = new SipCallResult(SipCallOutcome.Failed, null, null);
            }
            if (result is { Outcome: SipCallOutcome.Answered, Call: { } call })
            {
                if (winner.TrySetResult(result)) await forks.CancelAsync().ConfigureAwait(false);
                else await HangUpSipAsync(call).ConfigureAwait(false);
            }
            else
            {
                lock (losers) losers.Add(result);
            }
            if (Interlocked.Decrement(ref remaining) == 0) winner.TrySetResult(null);
        }
    }

    /// <summary>How a fork of unanswered contacts ended: cancelled by the caller, all busy, any no-answer, else the first failure.</summary>
    private static SipCallResult Aggregate(List<SipCallResult> results, bool cancelled)
    {
        if (cancelled) return new SipCallResult(SipCallOutcome.Cancelled, null, 487);
        if (results.All(r => r.Outcome == SipCallOutcome.Busy)) return results[0];
        if (results.FirstOrDefault(r => r.Outcome == SipCallOutcome.NoAnswer) is { } noAnswer) return noAnswer;
        return results.FirstOrDefault(r => r.Outcome == SipCallOutcome.Failed && r.StatusCode is not null)
            ?? results.FirstOrDefault(r => r.Outcome != SipCallOutcome.Busy)
            ?? results[0];
    }
}
