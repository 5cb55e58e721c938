using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.CallCentre;

/// <summary>Queue definitions in the <c>call_queues</c> table, keyed by company and name.</summary>
internal sealed class SqlCallQueueStore(DatabaseInitializer database) : ICallQueueStore
{
    public async ValueTask<CallQueueDefinition?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CallQueues.AsNoTracking().FirstOrDefaultAsync(q => q.CompanyId == companyId && q.Name == name, cancellationToken);
        return row?.ToQueue();
    }

    public async ValueTask<IReadOnlyList<CallQueueDefinition>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallQueues.AsNoTracking().Where(q => q.CompanyId == companyId).OrderBy(q => q.Name).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToQueue()).ToList();
    }

    public async ValueTask SaveAsync(CallQueueDefinition queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.CallQueues.FirstOrDefaultAsync(q => q.CompanyId == queue.CompanyId && q.Name == queue.Name, cancellationToken);
        if (existing is null) context.CallQueues.Add(CallQueueRow.Of(queue));
        else existing.CopyFrom(queue);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallQueues.Where(q => q.CompanyId == companyId && q.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
