using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// A client transaction: sends the request (retransmitting over UDP) and passes responses up. Subscribe to
/// events, then <see cref="Start"/>. <see cref="Completion"/> ends with the first final response or a failure.
/// </summary>
public abstract class SipClientTransaction : SipTransaction
{
    private readonly TaskCompletionSource<SipClientResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected SipClientTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
        RequestBytes = request.ToBytes();
    }

    /// <summary>Every response the transaction user must see: provisional, final, and (INVITE) 2xx retransmissions.</summary>
    public event Action<SipClientTransaction, SipResponse>? ResponseReceived;

    public Task<SipClientResult> Completion => _completion.Task;

    private protected byte[] RequestBytes { get; }

    public void Start() => Run(OnStart);

    internal void ReceiveResponse(SipResponse response) => Run(() => OnResponse(response));

    private protected abstract void OnStart();

    private protected abstract void OnResponse(SipResponse response);

    private protected void PassUp(SipResponse response)
    {
        Notify(() => ResponseReceived?.Invoke(this, response));
        if (response.IsFinal) _completion.TrySetResult(new SipClientResult(response, null));
    }

    private protected override void Fail(SipTransactionFailure failure)
    {
        base.Fail(failure);
        _completion.TrySetResult(new SipClientResult(null, failure));
    }
}
