using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Notifications;

public sealed partial class NotificationStore
{
    /// <summary>Deliveries newest first, with the total that match.</summary>
    public async Task<(IReadOnlyList<EventDelivery> Items, int Total)> ListDeliveriesAsync(DeliveryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = context.Deliveries.AsNoTracking().Where(d => d.CompanyId == query.CompanyId);
        if (query.SubscriptionId is { } subscriptionId) rows = rows.Where(d => d.SubscriptionId == subscriptionId);
        if (query.Status is { } status) rows = rows.Where(d => d.Status == status);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await rows.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (page.Select(r => r.ToDelivery()).ToList(), total);
    }

    /// <summary>The delivery with its log (oldest line first); null when the company has no such delivery.</summary>
    public async Task<(EventDelivery Delivery, IReadOnlyList<DeliveryLogEntry> Log)?> FindDeliveryAsync(string companyId, string id, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await context.Deliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.CompanyId == companyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var log = await context.DeliveryLog.AsNoTracking().Where(l => l.DeliveryId == id).OrderBy(l => l.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (row.ToDelivery(), log.Select(l => l.ToEntry()).ToList());
    }

    /// <summary>
    /// Sends a dead or delivered delivery again: back to pending, attempts reset to 0, due at <paramref name="now"/>,
    /// with a <c>redeliver</c> line in its log. Pending and in-flight deliveries are left as they are.
    /// </summary>
    public async Task<RedeliverOutcome> RedeliverAsync(string companyId, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await context.Deliveries.FirstOrDefaultAsync(d => d.Id == id && d.CompanyId == companyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return new RedeliverOutcome(null, false);
        if (row.Status is not (DeliveryStatuses.Dead or DeliveryStatuses.Delivered)) return new RedeliverOutcome(row.ToDelivery(), false);
        row.Status = DeliveryStatuses.Pending;
        row.Attempts = 0;
        row.NextAttemptAt = now;
        row.DeliveredAt = null;
        row.LogCount++;
        context.DeliveryLog.Add(new DeliveryLogRow { DeliveryId = row.Id, CompanyId = row.CompanyId, Sequence = row.LogCount, Kind = DeliveryLogEntry.RedeliverKind, Attempt = 0, At = now });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new RedeliverOutcome(row.ToDelivery(), true);
    }
}
