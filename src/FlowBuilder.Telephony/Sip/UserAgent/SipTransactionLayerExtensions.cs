using System.Net;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

internal static class SipTransactionLayerExtensions
{
    /// <summary>Creates and starts a client transaction; the task ends with its final response or failure.</summary>
    public static Task<SipClientResult> CreateStarted(this SipTransactionLayer layer, SipRequest request, IPEndPoint destination)
    {
        var transaction = layer.CreateClientTransaction(request, destination);
        transaction.Start();
        return transaction.Completion;
    }
}
