using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowBuilder.Data.Instances;

/// <summary>Instances, journal and incidents in SQLite or PostgreSQL, with the semantics of
/// <see cref="InMemoryInstanceStore"/>. Batches are written with prepared upserts in one transaction;
/// reads go through EF Core without tracking.</summary>
internal sealed class SqlInstanceStore(DatabaseInitializer database) : IInstanceStore
{
    public async ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken)
    {
        if (batch.IsEmpty) return;
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await InstanceUpserts.Snapshots.ExecuteAsync(connection, dbTransaction, batch.Snapshots, cancellationToken);
        await InstanceUpserts.Journal.ExecuteAsync(connection, dbTransaction, batch.Journal, cancellationToken);
        await InstanceUpserts.Incidents.ExecuteAsync(connection, dbTransaction, batch.Incidents, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask<InstanceSnapshot?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return row?.ToSnapshot();
    }

    public async ValueTask<IReadOnlyList<InstanceSnapshot>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Instances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running || i.Status == InstanceStatus.Suspended)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToSnapshot()).ToList();
    }

    public async ValueTask<string?> FindByBookmarkAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Instances.AsNoTracking()
            .Where(i => i.BookmarkName == name && i.BookmarkCorrelationKey == correlationKey && i.Status == InstanceStatus.Suspended)
            .Select(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async ValueTask<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.Instances.AsNoTracking().Where(i => i.CompanyId == query.CompanyId);
        if (query.FlowId is { } flowId) rows = rows.Where(i => i.FlowId == flowId);
        if (query.Status is { } status) rows = rows.Where(i => i.Status == status);
        if (query.CreatedFrom is { } from) rows = rows.Where(i => i.CreatedAt >= from);
        if (query.CreatedTo is { } to) rows = rows.Where(i => i.CreatedAt < to);
        if (query.CorrelationId is { } correlationId) rows = rows.Where(i => i.CorrelationId == correlationId);
        var total = await rows.CountAsync(cancellationToken);
        var take = Math.Max(0, query.Take);
        if (take == 0 || total == 0) return new InstancePage([], total);
        var page = await rows
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip(Math.Max(0, query.Skip)).Take(take)
            .ToListAsync(cancellationToken);
        return new InstancePage(page.Select(r => r.ToSnapshot()).ToList(), total);
    }

    public async ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Journal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Incidents.AsNoTracking()
            .Where(i => i.InstanceId == instanceId)
            .OrderBy(i => i.OccurredAt).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToIncident()).ToList();
    }
}
