using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Messaging;

/// <summary>Messages in <c>sms_messages</c>, with each part's network id in <c>sms_message_parts</c> for receipts.</summary>
internal sealed class SqlSmsMessageStore(DatabaseInitializer database) : ISmsMessageStore
{
    public async ValueTask AddAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var context = await database.OpenAsync(cancellationToken);
        context.SmsMessages.Add(SmsMessageRow.Of(message));
        AddParts(context, message);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask UpdateAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.SmsMessages.FirstOrDefaultAsync(m => m.Id == message.Id, cancellationToken)
            ?? throw new InvalidOperationException($"SMS message '{message.Id}' is not stored.");
        row.CopyFrom(message);
        var known = await context.SmsMessageParts.Where(p => p.MessageId == message.Id).Select(p => p.NetworkId).ToListAsync(cancellationToken);
        if (!known.SequenceEqual(message.Parts.Select(p => p.NetworkId)))
        {
            await context.SmsMessageParts.Where(p => p.MessageId == message.Id).ExecuteDeleteAsync(cancellationToken);
            AddParts(context, message);
        }
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask<SmsMessage?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SmsMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row?.ToMessage();
    }

    public async ValueTask<SmsMessage?> FindByPartAsync(string networkId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SmsMessageParts.AsNoTracking()
            .Where(p => p.NetworkId == networkId)
            .Join(context.SmsMessages.AsNoTracking(), p => p.MessageId, m => m.Id, (_, m) => m)
            .Where(m => m.Direction == SmsDirection.Outbound)
            .OrderByDescending(m => m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToMessage();
    }

    public async ValueTask<SmsMessage?> FindLatestToAsync(string to, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SmsMessages.AsNoTracking()
            .Where(m => m.To == to && m.Direction == SmsDirection.Outbound)
            .OrderByDescending(m => m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToMessage();
    }

    public async ValueTask<IReadOnlyList<SmsMessage>> ListPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.SmsMessages.AsNoTracking()
            .Where(m => m.Direction == SmsDirection.Outbound
                && (m.Status == SmsStatus.Queued || m.Status == SmsStatus.Sending || m.Status == SmsStatus.Retrying))
            .OrderBy(m => m.NextAttemptAt != null).ThenBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToMessage()).ToList();
    }

    public async ValueTask<SmsMessagePage> ListAsync(SmsMessageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.SmsMessages.AsNoTracking().Where(m => m.CompanyId == query.CompanyId);
        if (query.Status is { } status) rows = rows.Where(m => m.Status == status);
        if (query.Direction is { } direction) rows = rows.Where(m => m.Direction == direction);
        if (query.To is { } to)
        {
            var normalized = SmsNumbers.Normalize(to);
            rows = rows.Where(m => m.To == normalized);
        }
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip(query.Offset).Take(query.Limit).ToListAsync(cancellationToken);
        return new SmsMessagePage(page.Select(r => r.ToMessage()).ToList(), total);
    }

    private static void AddParts(FlowBuilderDbContext context, SmsMessage message)
    {
        for (var i = 0; i < message.Parts.Count; i++)
            context.SmsMessageParts.Add(new SmsMessagePartRow { CompanyId = message.CompanyId, NetworkId = message.Parts[i].NetworkId, MessageId = message.Id, PartIndex = i });
    }
}
