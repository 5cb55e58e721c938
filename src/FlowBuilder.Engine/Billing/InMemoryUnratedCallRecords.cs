using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Billing;

/// <summary>Unrated CDRs of <see cref="InMemoryCallRecordStore"/>: answered outbound legs with a company and no <c>call</c>
/// entry in the ledger.</summary>
public sealed class InMemoryUnratedCallRecords(InMemoryCallRecordStore records, IBillingLedger ledger) : IUnratedCallRecords
{
    /// <summary>The source kind rating posts calls under.</summary>
    public const string CallSourceKind = "call";

    public async ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        var unrated = new List<CallDetailRecord>();
        if (max <= 0) return unrated;
        var candidates = records.Records
            .Where(r => r.Direction == CallDirection.Outbound && r.Disposition == CallDisposition.Answered && r.CompanyId is not null && r.EndedAt >= since)
            .OrderBy(r => r.EndedAt).ThenBy(r => r.CallId, StringComparer.Ordinal);
        foreach (var record in candidates)
        {
            if (await ledger.ExistsAsync(record.CompanyId!, CallSourceKind, record.CallId, cancellationToken)) continue;
            unrated.Add(record);
            if (unrated.Count == max) break;
        }
        return unrated;
    }
}
