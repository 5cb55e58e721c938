using System.Globalization;
using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Dialogs;

/// <summary>
/// The dialog state of RFC 3261 §12: identity, sequence numbers, route set and remote target, and the
/// construction of requests inside the dialog (§12.2.1.1). Not thread-safe; its owner serialises access.
/// </summary>
public sealed class SipDialog
{
    private SipDialog(SipDialogId id, bool isUac, SipNameAddress localParty, SipNameAddress remoteParty, SipUri remoteTarget, IReadOnlyList<SipNameAddress> routeSet, long localSequence, long? remoteSequence, SipUri localContact)
    {
        Id = id;
        IsUac = isUac;
        LocalParty = localParty;
        RemoteParty = remoteParty;
        RemoteTarget = remoteTarget;
        RouteSet = routeSet;
        LocalSequence = localSequence;
        RemoteSequence = remoteSequence;
        LocalContact = localContact;
    }

    public SipDialogId Id { get; }

    /// <summary>True when this side sent the INVITE that created the dialog.</summary>
    public bool IsUac { get; }

    public SipDialogState State { get; private set; } = SipDialogState.Early;

    /// <summary>From (UAC) or To (UAS) of the creating INVITE, with the local tag.</summary>
    public SipNameAddress LocalParty { get; }

    public SipNameAddress RemoteParty { get; }

    /// <summary>The peer's Contact; the Request-URI of requests in the dialog.</summary>
    public SipUri RemoteTarget { get; private set; }

    /// <summary>Record-Route of the creating message: in order for a UAS, reversed for a UAC.</summary>
    public IReadOnlyList<SipNameAddress> RouteSet { get; private set; }

    /// <summary>The CSeq number of the last request sent in the dialog.</summary>
    public long LocalSequence { get; private set; }

    /// <summary>The CSeq number of the last request received in the dialog; null until one arrives.</summary>
    public long? RemoteSequence { get; private set; }

    public SipUri LocalContact { get; }

    /// <summary>The dialog a UAC gets from a 1xx (with To tag) or 2xx to its INVITE (RFC 3261 §12.1.2).</summary>
    public static SipDialog ForUac(SipRequest invite, SipResponse response, SipUri localContact)
    {
        var to = response.To ?? throw new ArgumentException("The response has no To.", nameof(response));
        var from = invite.From ?? throw new ArgumentException("The INVITE has no From.", nameof(invite));
        var id = new SipDialogId(invite.CallId!, from.Tag ?? "", to.Tag ?? throw new ArgumentException("The response has no To tag.", nameof(response)));
        var routes = response.RecordRoutes.Reverse().ToList();
        var target = response.Contact?.Uri ?? invite.Uri;
        var dialog = new SipDialog(id, true, from, to, target, routes, invite.CSeq!.Value.Number, null, localContact);
        if (response.IsSuccess) dialog.State = SipDialogState.Confirmed;
        return dialog;
    }

    /// <summary>The dialog a UAS creates when it answers an INVITE with a To tag (RFC 3261 §12.1.1).</summary>
    public static SipDialog ForUas(SipRequest invite, string localTag, SipUri localContact)
    {
        var from = invite.From ?? throw new ArgumentException("The INVITE has no From.", nameof(invite));
        var to = (invite.To ?? throw new ArgumentException("The INVITE has no To.", nameof(invite))).WithTag(localTag);
        var id = new SipDialogId(invite.CallId!, localTag, from.Tag ?? "");
        var target = invite.Contact?.Uri ?? from.Uri;
        return new SipDialog(id, false, to, from, target, invite.RecordRoutes, 0, invite.CSeq!.Value.Number, localContact);
    }

    /// <summary>The identity an incoming request would have in the dialog it belongs to: To tag local, From tag remote.</summary>
    public static SipDialogId? IdOf(SipRequest request) =>
        request.CallId is { } callId && request.To?.Tag is { } local && request.From?.Tag is { } remote
            ? new SipDialogId(callId, local, remote)
            : null;

    public void Confirm() => State = State == SipDialogState.Terminated ? State : SipDialogState.Confirmed;

    public void Terminate() => State = SipDialogState.Terminated;

    /// <summary>Applies a 2xx (or target refresh) from the peer: its Contact becomes the remote target.</summary>
    public void UpdateRemoteTarget(SipMessage message)
    {
        if (message.Contact?.Uri is { } contact) RemoteTarget = contact;
    }

    /// <summary>
    /// Checks the CSeq of a request received in the dialog (RFC 3261 §12.2.2): false when it is lower than the
    /// last one (the caller answers 500); otherwise remembers it.
    /// </summary>
    public bool AcceptRemoteSequence(SipRequest request)
    {
        if (request.CSeq is not { } cseq) return false;
        if (request.Method is SipMethods.Ack or SipMethods.Cancel) return true;
        if (RemoteSequence is { } last && cseq.Number <= last) return false;
        RemoteSequence = cseq.Number;
        return true;
    }

    /// <summary>A new request in the dialog with the next local CSeq (RFC 3261 §12.2.1.1); no Via, the transaction layer adds it.</summary>
    public SipRequest CreateRequest(string method)
    {
        if (method is SipMethods.Ack or SipMethods.Cancel) throw new ArgumentException($"{method} reuses the CSeq of its INVITE.", nameof(method));
        return Build(method, ++LocalSequence);
    }

    /// <summary>The ACK for a 2xx to the INVITE with CSeq <paramref name="inviteSequence"/> (RFC 3261 §13.2.2.4), with its own Via.</summary>
    public SipRequest CreateAck(long inviteSequence, string transport, IPEndPoint local)
    {
        var ack = Build(SipMethods.Ack, inviteSequence);
        var via = new SipVia(transport, local.Address.ToString(), local.Port, SipParameters.Empty.With("branch", SipIdentifiers.NewBranch()).With("rport", null));
        ack.Headers.AddFirst(SipHeaderNames.Via, via.ToString());
        return ack;
    }

    /// <summary>Where requests in the dialog go: the first route when there is one, else the remote target.</summary>
    public IPEndPoint? NextHop()
    {
        var uri = RouteSet.Count > 0 ? RouteSet[0].Uri : RemoteTarget;
        return uri.TryGetAddress() is { } address ? new IPEndPoint(address, uri.Port ?? 5060) : null;
    }

    private SipRequest Build(string method, long sequence)
    {
        var request = new SipRequest(method, RemoteTarget);
        foreach (var route in RouteSet) request.Headers.Add(SipHeaderNames.Route, route.ToString());
        request.MaxForwards = 70;
        request.From = LocalParty;
        request.To = RemoteParty;
        request.CallId = Id.CallId;
        request.CSeq = new SipCSeq(sequence, method);
        request.Contact = new SipNameAddress(LocalContact);
        return request;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id.CallId} local={Id.LocalTag} remote={Id.RemoteTag} {State}");
}
