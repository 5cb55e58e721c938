using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Flows;

internal sealed partial class SqlFlowRepository
{
    public async ValueTask<StoredFlowVersion> PublishAsync(string companyId, string flowId, FlowDefinition definition, string? note, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var updated = await Flow(context, companyId, flowId).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.LatestVersion, f => (int?)((f.LatestVersion ?? 0) + 1))
            .SetProperty(f => f.PublishedVersion, f => (int?)((f.LatestVersion ?? 0) + 1))
            .SetProperty(f => f.Status, FlowStatus.Published)
            .SetProperty(f => f.UpdatedAt, now), cancellationToken);
        if (updated == 0) throw new FlowNotFoundException(flowId);
        var number = await Flow(context, companyId, flowId).Select(f => f.LatestVersion).FirstAsync(cancellationToken) ?? 1;

        await UnbindAsync(context, companyId, flowId, cancellationToken);
        if (TriggerKeys.For(definition) is { } key) await BindAsync(context, definition.Trigger!, key, companyId, flowId, number, cancellationToken);

        var version = new StoredFlowVersion(companyId, flowId, number, definition with { Version = number, Status = FlowStatus.Published }, note, now, false);
        context.FlowVersions.Add(new FlowVersionRow
        {
            CompanyId = companyId,
            FlowId = flowId,
            Version = number,
            DefinitionJson = FlowJson.Serialize(version.Definition),
            Note = note,
            PublishedAt = now,
            Retracted = false,
        });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async ValueTask<StoredFlow> RetractAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Locks the row first, so the published version read next cannot change under us.
        var updated = await Flow(context, companyId, flowId).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.Status, FlowStatus.Draft)
            .SetProperty(f => f.UpdatedAt, now), cancellationToken);
        if (updated == 0) throw new FlowNotFoundException(flowId);
        var published = await Flow(context, companyId, flowId).Select(f => f.PublishedVersion).FirstAsync(cancellationToken);
        if (published is { } number)
        {
            await context.FlowVersions
                .Where(v => v.CompanyId == companyId && v.FlowId == flowId && v.Version == number)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Retracted, true), cancellationToken);
            await Flow(context, companyId, flowId).ExecuteUpdateAsync(set => set.SetProperty(f => f.PublishedVersion, (int?)null), cancellationToken);
        }
        await UnbindAsync(context, companyId, flowId, cancellationToken);
        var saved = await FindAsync(context, companyId, flowId, cancellationToken) ?? throw new FlowNotFoundException(flowId);
        await transaction.CommitAsync(cancellationToken);
        return saved.ToStoredFlow();
    }

    /// <summary>Claims the trigger key; the table's key makes the claim atomic across processes. The
    /// flow's own old binding is already gone, so a key still held belongs to another flow.</summary>
    private static async Task BindAsync(FlowBuilderDbContext context, FlowTrigger trigger, string key, string companyId, string flowId, int version, CancellationToken cancellationToken)
    {
        var type = trigger.Type.ToString();
        var inserted = await context.Database.ExecuteSqlAsync($"""
            INSERT INTO trigger_bindings (type, "key", company_id, flow_id, version, synchronous)
            VALUES ({type}, {key}, {companyId}, {flowId}, {version}, {trigger.Synchronous})
            ON CONFLICT (type, "key") DO NOTHING
            """, cancellationToken);
        if (inserted > 0) return;
        var owner = await context.TriggerBindings.AsNoTracking()
            .Where(t => t.Type == trigger.Type && t.Key == key)
            .Select(t => t.FlowId)
            .FirstOrDefaultAsync(cancellationToken);
        throw new TriggerConflictException(trigger.Type, key, owner ?? "(unknown)");
    }
}
