using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// Identifies a transaction (RFC 3261 §17.1.3, §17.2.3): branch and method, plus the top Via sent-by on
/// the server side. ACK is filed under INVITE. Requests without the magic cookie get an RFC 2543 key built
/// from Request-URI, From tag, Call-ID, CSeq number and top Via.
/// </summary>
public readonly record struct SipTransactionKey(string Branch, string Method, string SentBy, bool IsServer)
{
    public static SipTransactionKey ForClient(SipVia topVia, string method) =>
        new(topVia.Branch ?? "", MethodBucket(method), "", false);

    public static SipTransactionKey? ForServer(SipRequest request)
    {
        if (request.TopVia is not { } via) return null;
        var method = MethodBucket(request.Method);
        if (via.HasMagicCookie) return new SipTransactionKey(via.Branch!, method, via.SentBy.ToLowerInvariant(), true);
        var legacy = string.Join('|', "rfc2543", request.Uri, request.From?.Tag, request.CallId, request.CSeq?.Number, via.SentBy.ToLowerInvariant(), via.Branch);
        return new SipTransactionKey(legacy, method, via.SentBy.ToLowerInvariant(), true);
    }

    /// <summary>The server key of the INVITE a CANCEL or ACK refers to.</summary>
    public SipTransactionKey AsInvite() => this with { Method = SipMethods.Invite };

    private static string MethodBucket(string method) => method == SipMethods.Ack ? SipMethods.Invite : method;
}
