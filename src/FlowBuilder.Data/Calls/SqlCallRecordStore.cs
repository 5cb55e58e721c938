using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Calls;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Calls;

/// <summary>CDRs in the <c>call_records</c> table, one row per leg; storing a call id again replaces its row.</summary>
internal sealed class SqlCallRecordStore(DatabaseInitializer database) : ICallRecordStore
{
    public async ValueTask AddAsync(CallDetailRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.CallRecords.FirstOrDefaultAsync(c => c.CallId == record.CallId, cancellationToken);
        if (existing is null) context.CallRecords.Add(CallRecordRow.Of(record));
        else existing.CopyFrom(record);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<CallDetailRecord?> FindAsync(string callId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CallRecords.AsNoTracking().FirstOrDefaultAsync(c => c.CallId == callId, cancellationToken);
        return row?.ToRecord();
    }

    public async ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(CallRecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CallRecords.AsNoTracking();
        if (query.CompanyId is { } companyId) rows = rows.Where(c => c.CompanyId == companyId);
        if (query.FlowId is { } flowId) rows = rows.Where(c => c.FlowId == flowId);
        if (query.InstanceId is { } instanceId) rows = rows.Where(c => c.InstanceId == instanceId);
        if (query.From is { } from) rows = rows.Where(c => c.StartedAt >= from);
        if (query.To is { } to) rows = rows.Where(c => c.StartedAt < to);
        var list = await rows.OrderByDescending(c => c.StartedAt).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return list.Select(r => r.ToRecord()).ToList();
    }
}
