using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Billing.Rating;

/// <summary>Rates call detail records: outbound answered legs by the company's tariff, once per call id.</summary>
public interface ICallRating
{
    /// <summary>Prices the CDR and posts the charge; a CDR already rated, inbound or without a company posts nothing
    /// (<see cref="LedgerPostResult.Posted"/> false).</summary>
    ValueTask<LedgerPostResult> RateAsync(CallDetailRecord record, CancellationToken cancellationToken);
}
