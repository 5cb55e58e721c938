using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// A server transaction: absorbs request retransmissions, answering them with the last response, and
/// sends the transaction user's responses to the address RFC 3261 §18.2.2 / RFC 3581 prescribe.
/// </summary>
public abstract class SipServerTransaction : SipTransaction
{
    private protected SipServerTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
    }

    /// <summary>The last response sent, provisional or final.</summary>
    public SipResponse? LastResponse { get; private set; }

    private protected byte[]? LastResponseBytes { get; private set; }

    /// <summary>Sends a response; false when the state does not allow it (e.g. a second final response).</summary>
    public bool Respond(SipResponse response)
    {
        var accepted = false;
        Run(() => accepted = OnRespond(response));
        return accepted;
    }

    internal void ReceiveRequest(SipRequest request) => Run(() => OnRequest(request));

    private protected abstract bool OnRespond(SipResponse response);

    private protected abstract void OnRequest(SipRequest request);

    private protected void SendResponse(SipResponse response)
    {
        LastResponse = response;
        LastResponseBytes = response.ToBytes();
        Send(LastResponseBytes);
    }

    private protected void Resend()
    {
        if (LastResponseBytes is not null) Send(LastResponseBytes);
    }
}
