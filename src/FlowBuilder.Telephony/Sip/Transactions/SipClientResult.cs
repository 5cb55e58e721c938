using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>How a client transaction ended: with its first final response, or a failure.</summary>
public sealed record SipClientResult(SipResponse? Response, SipTransactionFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Response))]
    public bool HasResponse => Response is not null;
}
