using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.CallCentre;

/// <summary>Queue call records in the <c>queue_calls</c> table; storing an id again replaces its row. Lists oldest first.</summary>
internal sealed class SqlQueueCallStore(DatabaseInitializer database) : IQueueCallStore
{
    public async ValueTask AddAsync(QueueCallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.QueueCalls.FirstOrDefaultAsync(c => c.Id == record.Id, cancellationToken);
        if (existing is null) context.QueueCalls.Add(QueueCallRow.Of(record));
        else existing.CopyFrom(record);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<QueueCallRecord>> ListAsync(
        string companyId, string? queue, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.QueueCalls.AsNoTracking().Where(c => c.CompanyId == companyId && c.EnteredAt >= from && c.EnteredAt < to);
        if (queue is not null) rows = rows.Where(c => c.Queue == queue);
        var list = await rows.OrderBy(c => c.EnteredAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return list.Select(r => r.ToRecord()).ToList();
    }
}
