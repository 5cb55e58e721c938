using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Billing;

/// <summary>Answered outbound CDRs with a company and no <c>call</c> ledger entry: one anti-join (NOT EXISTS) of
/// <c>call_records</c> and <c>ledger_entries</c>, oldest end first, using the index on <c>call_records.ended_at</c>.</summary>
internal sealed class SqlUnratedCallRecords(DatabaseInitializer database) : IUnratedCallRecords
{
    /// <summary>The source kind rating posts calls under.</summary>
    public const string CallSourceKind = InMemoryUnratedCallRecords.CallSourceKind;

    public async ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallRecords.AsNoTracking()
            .Where(c => c.Direction == CallDirection.Outbound && c.Disposition == CallDisposition.Answered && c.CompanyId != null && c.EndedAt >= since)
            .Where(c => !context.LedgerEntries.Any(e => e.CompanyId == c.CompanyId && e.SourceKind == CallSourceKind && e.SourceId == c.CallId))
            .OrderBy(c => c.EndedAt).ThenBy(c => c.CallId)
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToRecord()).ToList();
    }
}
