using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Flows;

/// <summary>
/// Flows in SQLite or PostgreSQL, with the semantics of <see cref="InMemoryFlowRepository"/>. Every
/// change runs in one transaction that first updates the flow's row (a write lock in SQLite, a row lock
/// in PostgreSQL), so concurrent writers in several processes serialise per flow.
/// </summary>
internal sealed partial class SqlFlowRepository(DatabaseInitializer database, TimeProvider time) : IFlowRepository
{
    public async ValueTask<IReadOnlyList<StoredFlow>> ListAsync(string companyId, FlowQuery query, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.Flows.AsNoTracking().Where(f => f.CompanyId == companyId);
        if (query.Status is { } status) rows = rows.Where(f => f.Status == status);
        var flows = await rows.ToListAsync(cancellationToken);
        // Matched here rather than in SQL: SQLite's lower() and LIKE only fold ASCII letters.
        return flows
            .Where(f => query.Search is null || f.Id.Contains(query.Search, StringComparison.OrdinalIgnoreCase) || f.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => f.ToStoredFlow())
            .ToList();
    }

    public async ValueTask<StoredFlow?> GetAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return (await FindAsync(context, companyId, flowId, cancellationToken))?.ToStoredFlow();
    }

    public async ValueTask<StoredFlow> CreateAsync(string companyId, FlowDefinition draft, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        var stored = draft with { Status = FlowStatus.Draft, Version = 0 };
        string json = FlowJson.Serialize(stored), status = nameof(FlowStatus.Draft);
        var ticks = now.UtcTicks; // as UtcTicksConverter stores times
        var inserted = await context.Database.ExecuteSqlAsync($"""
            INSERT INTO flows (company_id, id, name, status, draft_json, revision, created_at, updated_at)
            VALUES ({companyId}, {draft.Id}, {draft.Name}, {status}, {json}, {1L}, {ticks}, {ticks})
            ON CONFLICT (company_id, id) DO NOTHING
            """, cancellationToken);
        if (inserted == 0) throw new FlowExistsException(draft.Id);
        return new StoredFlow(companyId, draft.Id, draft.Name, FlowStatus.Draft, stored, 1, null, null, now, now);
    }

    public async ValueTask<StoredFlow> SaveDraftAsync(string companyId, FlowDefinition draft, long expectedRevision, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        while (true)
        {
            var current = await context.Flows.AsNoTracking()
                .Where(f => f.CompanyId == companyId && f.Id == draft.Id)
                .Select(f => new { f.Status, f.Revision })
                .FirstOrDefaultAsync(cancellationToken) ?? throw new FlowNotFoundException(draft.Id);
            if (current.Revision != expectedRevision) throw new ConcurrencyConflictException(draft.Id, expectedRevision, current.Revision);
            var json = FlowJson.Serialize(draft with { Status = current.Status, Version = 0 });
            var now = time.GetUtcNow();
            // Compare-and-swap: matches no row if someone saved (revision) or published/retracted (status) since the read.
            var updated = await context.Flows
                .Where(f => f.CompanyId == companyId && f.Id == draft.Id && f.Revision == expectedRevision && f.Status == current.Status)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(f => f.Name, draft.Name)
                    .SetProperty(f => f.DraftJson, json)
                    .SetProperty(f => f.Revision, expectedRevision + 1)
                    .SetProperty(f => f.UpdatedAt, now), cancellationToken);
            if (updated == 0) continue;
            var saved = await FindAsync(context, companyId, draft.Id, cancellationToken) ?? throw new FlowNotFoundException(draft.Id);
            await transaction.CommitAsync(cancellationToken);
            return saved.ToStoredFlow();
        }
    }

    public async ValueTask<StoredFlow> SetStatusAsync(string companyId, string flowId, FlowStatus status, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var updated = await Flow(context, companyId, flowId).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.Status, status)
            .SetProperty(f => f.UpdatedAt, now)
            .SetProperty(f => f.Revision, f => f.Revision + 1), cancellationToken);
        if (updated == 0) throw new FlowNotFoundException(flowId);
        if (status == FlowStatus.Archived) await UnbindAsync(context, companyId, flowId, cancellationToken);
        var saved = await FindAsync(context, companyId, flowId, cancellationToken) ?? throw new FlowNotFoundException(flowId);
        await transaction.CommitAsync(cancellationToken);
        return saved.ToStoredFlow();
    }

    public async ValueTask<IReadOnlyList<StoredFlowVersion>> ListVersionsAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.FlowVersions.AsNoTracking()
            .Where(v => v.CompanyId == companyId && v.FlowId == flowId)
            .OrderByDescending(v => v.Version)
            .ToListAsync(cancellationToken);
        return rows.Select(v => v.ToStoredVersion()).ToList();
    }

    public async ValueTask<StoredFlowVersion?> GetVersionAsync(string companyId, string flowId, int version, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.FlowVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.CompanyId == companyId && v.FlowId == flowId && v.Version == version, cancellationToken);
        return row?.ToStoredVersion();
    }

    public async ValueTask<TriggerBinding?> FindTriggerAsync(TriggerType type, string key, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var normalized = TriggerKeys.Normalize(type, key);
        var row = await context.TriggerBindings.AsNoTracking().FirstOrDefaultAsync(t => t.Type == type && t.Key == normalized, cancellationToken);
        return row?.ToBinding();
    }

    private static IQueryable<FlowRow> Flow(FlowBuilderDbContext context, string companyId, string flowId) =>
        context.Flows.Where(f => f.CompanyId == companyId && f.Id == flowId);

    private static Task<FlowRow?> FindAsync(FlowBuilderDbContext context, string companyId, string flowId, CancellationToken cancellationToken) =>
        Flow(context, companyId, flowId).AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    private static Task<int> UnbindAsync(FlowBuilderDbContext context, string companyId, string flowId, CancellationToken cancellationToken) =>
        context.TriggerBindings.Where(t => t.CompanyId == companyId && t.FlowId == flowId).ExecuteDeleteAsync(cancellationToken);
}
