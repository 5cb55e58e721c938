using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>
/// The user-agent core of RFC 3261 §8, §12-15 over a <see cref="SipTransactionLayer"/>: answers and places
/// calls, keeps their dialogs, answers BYE, re-INVITE, INFO, OPTIONS, REFER and NOTIFY (RFC 3515), and rejects in-dialog requests
/// for unknown dialogs with 481. Event-driven: no thread per call; timers come from the layer's clock.
/// </summary>
public sealed partial class SipUserAgent
{
    private const string CallMethods = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, REFER, NOTIFY";
    private readonly Lock _gate = new();
    private readonly Dictionary<SipDialogId, SipCall> _calls = [];
    private readonly SdpNegotiator _negotiator;
    private readonly DigestClient? _digest;

    public SipUserAgent(SipTransactionLayer layer, SipUserAgentOptions options)
    {
        Layer = layer;
        Options = options;
        _negotiator = new SdpNegotiator(options.Media);
        if (options.Username is { } user && options.Password is { } password) _digest = new DigestClient(user, password);
        var local = layer.Transport.LocalEndPoint;
        Contact = new SipUri { User = options.AddressOfRecord.User, Host = options.ContactHost ?? local.Address.ToString(), Port = local.Port };
        layer.RequestReceived += OnRequest;
        layer.AckReceived += (ack, _) => OnAck(ack);
    }

    public SipTransactionLayer Layer { get; }

    public SipUserAgentOptions Options { get; }

    /// <summary>The Contact of this agent: the AOR's user at the transport's address.</summary>
    public SipUri Contact { get; }

    /// <summary>An INVITE outside any dialog arrived; ring, answer or reject it through the argument.</summary>
    public event Action<SipIncomingCall>? IncomingCall;

    /// <summary>A REGISTER arrived (this agent is also a registrar); respond through the transaction. Without a handler REGISTER gets 405.</summary>
    public event Action<SipServerTransaction>? RegisterReceived;

    /// <summary>A call ended; raised once per call.</summary>
    public event Action<SipCall, SipCallEndCause>? CallEnded;

    /// <summary>The peer changed the session with a re-INVITE (hold, resume); the call's audio is updated.</summary>
    public event Action<SipCall>? CallUpdated;

    /// <summary>An INFO with application/dtmf-relay carried a digit.</summary>
    public event Action<SipCall, char>? DtmfReceived;

    public IReadOnlyList<SipCall> Calls
    {
        get
        {
            lock (_gate) return [.. _calls.Values];
        }
    }

    internal SdpNegotiator Negotiator => _negotiator;

    internal DigestClient? Digest => _digest;

    private TimeProvider Time => Layer.Time;

    private void OnRequest(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.To?.Tag is not null)
        {
            OnDialogRequest(transaction);
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Invite when transaction is ServerInviteTransaction invite:
                OnInvite(invite);
                break;
            case SipMethods.Options:
                transaction.Respond(Capabilities(request.CreateResponse(200)));
                break;
            case SipMethods.Bye or SipMethods.Info:
                transaction.Respond(request.CreateResponse(481));
                break;
            case SipMethods.Register when RegisterReceived is { } register:
                register(transaction);
                break;
            default:
                var refused = request.CreateResponse(405);
                refused.Headers.Add(SipHeaderNames.Allow, AllowedMethods);
                transaction.Respond(refused);
                break;
        }
    }

    private void OnDialogRequest(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        SipCall? call = null;
        var accepted = false;
        lock (_gate)
        {
            if (SipDialog.IdOf(request) is { } id && _calls.TryGetValue(id, out call)) accepted = call.Dialog.AcceptRemoteSequence(request);
        }
        if (call is null)
        {
            transaction.Respond(request.CreateResponse(481));
            return;
        }
        if (!accepted)
        {
            transaction.Respond(request.CreateResponse(500));
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Bye:
                transaction.Respond(request.CreateResponse(200));
                End(call, SipCallEndCause.RemoteHangUp);
                break;
            case SipMethods.Invite when transaction is ServerInviteTransaction reinvite:
                OnReinvite(call, reinvite);
                break;
            case SipMethods.Info:
                OnInfo(call, transaction);
                break;
            case SipMethods.Options:
                transaction.Respond(Capabilities(request.CreateResponse(200)));
                break;
            case SipMethods.Refer:
                OnRefer(call, transaction);
                break;
            case SipMethods.Notify:
                OnNotify(call, transaction);
                break;
            default:
                transaction.Respond(request.CreateResponse(501));
                break;
        }
    }

    private void OnInfo(SipCall call, SipServerTransaction transaction)
    {
        var request = transaction.Request;
        if (!string.Equals(request.ContentType, SipDtmfRelay.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            transaction.Respond(request.CreateResponse(415));
            return;
        }
        var digit = SipDtmfRelay.ParseSignal(request.BodyText);
        transaction.Respond(request.CreateResponse(digit is null ? 400 : 200));
        if (digit is { } d) DtmfReceived?.Invoke(call, d);
    }

    private string AllowedMethods => RegisterReceived is null ? CallMethods : CallMethods + ", REGISTER";

    private SipResponse Capabilities(SipResponse response)
    {
        response.Headers.Add(SipHeaderNames.Allow, AllowedMethods);
        response.Headers.Add("Accept", "application/sdp, " + SipDtmfRelay.ContentType);
        response.Contact = new SipNameAddress(Contact);
        return response;
    }

    /// <summary>Ends a call once: forgets its dialog and raises <see cref="CallEnded"/>.</summary>
    private bool End(SipCall call, SipCallEndCause cause, bool notify = true)
    {
        lock (_gate)
        {
            if (call.IsEnded) return false;
            call.IsEnded = true;
            call.Dialog.Terminate();
            _calls.Remove(call.Dialog.Id);
            StopRetransmissions(call.Dialog.Id);
        }
        if (notify) CallEnded?.Invoke(call, cause);
        return true;
    }

    private void Track(SipCall call)
    {
        lock (_gate) _calls[call.Dialog.Id] = call;
    }

    private SdpOrigin NewOrigin() =>
        new("-", (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue), 1, "IN", Options.MediaAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4", Options.MediaAddress.ToString());

    private SdpLocalMedia LocalMedia(SdpDirection direction = SdpDirection.SendRecv, int? rtpPort = null) =>
        new(Options.MediaAddress, rtpPort ?? Options.RtpPort, direction);

    /// <summary>
    /// A request outside any dialog (RFC 3261 §8.1.1), with the outbound proxy as a loose Route; no Via.
    /// <paramref name="from"/> and <paramref name="outboundProxy"/> override the agent's address of record and proxy.
    /// </summary>
    internal SipRequest CreateRequest(
        string method, SipUri target, SipNameAddress to, string callId, string fromTag, long sequence, SipNameAddress? from = null, SipUri? outboundProxy = null)
    {
        var request = new SipRequest(method, target);
        if ((outboundProxy ?? Options.OutboundProxy) is { } proxy) request.Headers.Add(SipHeaderNames.Route, new SipNameAddress(proxy.WithParameter("lr", null)).ToString());
        request.MaxForwards = 70;
        request.From = (from ?? new SipNameAddress(Options.DisplayName, Options.AddressOfRecord, SipParameters.Empty)).WithTag(fromTag);
        request.To = to;
        request.CallId = callId;
        request.CSeq = new SipCSeq(sequence, method);
        request.Contact = new SipNameAddress(Contact);
        request.Headers.Add(SipHeaderNames.UserAgent, Options.UserAgentName);
        return request;
    }

    /// <summary>Where an out-of-dialog request to <paramref name="target"/> goes: the outbound proxy (given, else the agent's), else the target itself.</summary>
    internal IPEndPoint Destination(SipUri target, SipUri? outboundProxy = null)
    {
        var hop = outboundProxy ?? Options.OutboundProxy ?? target;
        var address = hop.TryGetAddress() ?? throw new ArgumentException($"'{hop}' is not an IP address; DNS resolution of SIP URIs is not supported.", nameof(target));
        return new IPEndPoint(address, hop.Port ?? 5060);
    }

    private static SipResponse WithTag(SipResponse response, string tag)
    {
        response.To = response.To?.WithTag(tag);
        return response;
    }

    private static SdpSession? ReadSdp(SipMessage message) =>
        message.Body.Length > 0 && SdpSession.TryParse(message.BodyText, out var session, out _) ? session : null;

    private static string Seconds(TimeSpan span) => ((long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
