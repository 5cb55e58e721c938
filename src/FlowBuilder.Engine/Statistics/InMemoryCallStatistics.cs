using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Statistics;

/// <summary>Statistics over <see cref="InMemoryCallRecordStore"/> and a ledger, for tests and hosts without a database.</summary>
public sealed class InMemoryCallStatistics(InMemoryCallRecordStore records, IBillingLedger ledger) : ICallStatistics
{
    public async ValueTask<IReadOnlyList<CallStatisticsBucket>> SummarizeAsync(CallStatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var buckets = new CallStatisticsAccumulator(query);
        foreach (var record in records.Records.Where(r => r.CompanyId == query.CompanyId))
            buckets.AddCall(record.StartedAt, record.Direction, record.Disposition == CallDisposition.Answered, record.BillableSeconds);
        if (query.From < query.To)
        {
            var entries = await ledger.ListAsync(new LedgerQuery(query.CompanyId, query.From, query.To, Take: int.MaxValue), cancellationToken);
            foreach (var entry in entries) buckets.AddCharge(entry.Kind, entry.OccurredAt, entry.Amount);
        }
        return buckets.Buckets();
    }
}
