using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// <see cref="IUnratedCallRecords"/> without SQL (in-memory stores, tests): the CDR store's newest 1000 legs started since
/// <c>since</c>, keeping the billable ones the ledger has no call entry for. FlowBuilder.Data registers a query instead.
/// </summary>
internal sealed class CallRecordStoreUnratedCalls(ICallRecordStore records, IBillingLedger ledger) : IUnratedCallRecords
{
    public async ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        var recent = await records.ListAsync(new CallRecordQuery(From: since, Limit: 1000), cancellationToken).ConfigureAwait(false);
        var unrated = new List<CallDetailRecord>();
        foreach (var record in recent.Where(r => r.EndedAt >= since && CallRating.IsBillable(r)).OrderBy(r => r.EndedAt))
        {
            if (unrated.Count >= max) break;
            if (!await ledger.ExistsAsync(record.CompanyId!, CallRating.SourceKind, record.CallId, cancellationToken).ConfigureAwait(false))
                unrated.Add(record);
        }

        return unrated;
    }
}
