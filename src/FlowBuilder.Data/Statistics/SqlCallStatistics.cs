using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Statistics;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Statistics;

/// <summary>
/// Dashboard statistics from <c>call_records</c> and <c>ledger_entries</c>. Date arithmetic in a time zone differs between
/// SQLite and PostgreSQL, so the store selects only the columns it needs (by the company/time indexes) and buckets in C#
/// with <see cref="CallStatisticsAccumulator"/>; 100,000 legs take well under a second.
/// </summary>
internal sealed class SqlCallStatistics(DatabaseInitializer database) : ICallStatistics
{
    private static readonly LedgerEntryKind[] SpendKinds = [LedgerEntryKind.Call, LedgerEntryKind.Metric, LedgerEntryKind.MinimumPayment];

    public async ValueTask<IReadOnlyList<CallStatisticsBucket>> SummarizeAsync(CallStatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var buckets = new CallStatisticsAccumulator(query);
        if (query.From >= query.To) return buckets.Buckets();
        await using var context = await database.OpenAsync(cancellationToken);
        var calls = context.CallRecords.AsNoTracking()
            .Where(c => c.CompanyId == query.CompanyId && c.StartedAt >= query.From && c.StartedAt < query.To)
            .Select(c => new { c.StartedAt, c.Direction, c.Disposition, c.BillableSeconds })
            .AsAsyncEnumerable();
        await foreach (var call in calls.WithCancellation(cancellationToken))
            buckets.AddCall(call.StartedAt, call.Direction, call.Disposition == CallDisposition.Answered, call.BillableSeconds);
        var charges = context.LedgerEntries.AsNoTracking()
            .Where(e => e.CompanyId == query.CompanyId && e.OccurredAt >= query.From && e.OccurredAt < query.To && SpendKinds.Contains(e.Kind))
            .Select(e => new { e.Kind, e.OccurredAt, e.Amount })
            .AsAsyncEnumerable();
        await foreach (var charge in charges.WithCancellation(cancellationToken)) buckets.AddCharge(charge.Kind, charge.OccurredAt, charge.Amount);
        return buckets.Buckets();
    }
}
