using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>
/// A REFER the peer sent in a call's dialog (RFC 3515): answer it once, with <see cref="AcceptAsync"/> (202 and a NOTIFY
/// "100 Trying") then <see cref="NotifyAsync"/> with the outcome, or with <see cref="Refuse"/>.
/// </summary>
public sealed class SipReferRequest
{
    private readonly SipUserAgent _agent;
    private readonly SipServerTransaction _transaction;
    private int _answered;

    internal SipReferRequest(SipUserAgent agent, SipCall call, SipServerTransaction transaction, SipUri target)
    {
        _agent = agent;
        _transaction = transaction;
        Call = call;
        Target = target;
    }

    public SipCall Call { get; }

    /// <summary>The Refer-To URI: whom the peer wants its party to be connected to.</summary>
    public SipUri Target { get; }

    /// <summary>The Referred-By header as sent; null when absent.</summary>
    public string? ReferredBy => _transaction.Request.Headers["Referred-By"];

    /// <summary>202 Accepted, then NOTIFY with <c>SIP/2.0 100 Trying</c>; false when it was answered already.</summary>
    public async Task<bool> AcceptAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _answered, 1) != 0) return false;
        var accepted = _transaction.Request.CreateResponse(202, "Accepted");
        accepted.Contact = new SipNameAddress(_agent.Contact);
        _transaction.Respond(accepted);
        await _agent.SendReferNotifyAsync(Call, 100, "Trying", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>NOTIFY with the transfer's outcome (<c>SIP/2.0 200 OK</c>, <c>SIP/2.0 486 Busy Here</c>); a final status ends
    /// the implicit subscription. True when the peer answered 2xx.</summary>
    public Task<bool> NotifyAsync(int statusCode, string reasonPhrase, CancellationToken cancellationToken = default) =>
        _agent.SendReferNotifyAsync(Call, statusCode, reasonPhrase, cancellationToken);

    /// <summary>Answers with a final status of 300 or more (403 with the reason as phrase); false when answered already.</summary>
    public bool Refuse(int statusCode, string reasonPhrase)
    {
        if (statusCode < 300) throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A refusal is a final status of 300 or more.");
        if (Interlocked.Exchange(ref _answered, 1) != 0) return false;
        return _transaction.Respond(_transaction.Request.CreateResponse(statusCode, SafePhrase(reasonPhrase)));
    }

    /// <summary>A reason phrase may not hold line breaks.</summary>
    private static string SafePhrase(string text) => string.Join(' ', text.Split(['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
