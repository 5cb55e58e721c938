using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>
/// An INVITE waiting for the application's decision: ring, answer or reject. <see cref="Cancelled"/> fires
/// when the caller sends CANCEL (the stack has already answered 487).
/// </summary>
public sealed class SipIncomingCall
{
    private readonly SipUserAgent _agent;
    private readonly CancellationTokenSource _cancelled = new();

    internal SipIncomingCall(SipUserAgent agent, ServerInviteTransaction transaction, SdpSession? offer)
    {
        _agent = agent;
        Transaction = transaction;
        Offer = offer;
        transaction.Cancelled += (_, _) => _cancelled.Cancel();
    }

    public SipRequest Invite => Transaction.Request;

    public SipNameAddress? From => Invite.From;

    public SipNameAddress? To => Invite.To;

    /// <summary>The caller's SDP offer; null for an INVITE without a body.</summary>
    public SdpSession? Offer { get; }

    public CancellationToken Cancelled => _cancelled.Token;

    internal ServerInviteTransaction Transaction { get; }

    internal string LocalTag { get; } = SipIdentifiers.NewTag();

    /// <summary>Sends 180 Ringing, or 183 Session Progress with the SDP answer when <paramref name="earlyMedia"/>.</summary>
    public bool Ring(bool earlyMedia = false) => _agent.Ring(this, earlyMedia);

    /// <summary>
    /// Answers 200 with the SDP answer, retransmitting it until the ACK. Completes with the call when the ACK
    /// arrives; null when the call was cancelled first, the offer had no usable audio (488 sent) or no ACK came.
    /// </summary>
    public Task<SipCall?> AnswerAsync(CancellationToken cancellationToken = default) => _agent.AnswerAsync(this, null, cancellationToken);

    /// <summary>Answers as <see cref="AnswerAsync(CancellationToken)"/> does, receiving RTP on <paramref name="rtpPort"/> instead of the agent's port.</summary>
    public Task<SipCall?> AnswerAsync(int rtpPort, CancellationToken cancellationToken = default) => _agent.AnswerAsync(this, rtpPort, cancellationToken);

    /// <summary>Rejects with a final status (486, 404, 503…); <paramref name="retryAfter"/> adds Retry-After in seconds.</summary>
    public bool Reject(int statusCode, TimeSpan? retryAfter = null) => _agent.Reject(this, statusCode, retryAfter);

    /// <summary>Rejects with a response built from <see cref="Invite"/> (a 407 with its challenge, a 403 with a reason); the To tag is added.</summary>
    public bool Reject(SipResponse response) => _agent.Reject(this, response);

    /// <summary>Where the INVITE came from (the source address, not what its Via claims).</summary>
    public System.Net.IPEndPoint Source => Transaction.Remote;
}
