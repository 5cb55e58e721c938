using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Notifications;

/// <summary>
/// Event notifications in the database: subscriptions, the outbox (events and one delivery row per subscriber,
/// written in one transaction), claiming due deliveries in batches, and the delivery log.
/// </summary>
public sealed partial class NotificationStore
{
    private readonly DatabaseInitializer _database;
    private readonly ActiveSubscriptions _active = new();

    internal NotificationStore(DatabaseInitializer database) => _database = database;

    public async Task AddSubscriptionAsync(EventSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        context.Subscriptions.Add(new SubscriptionRow().CopyFrom(subscription));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _active.Forget(subscription.CompanyId);
    }

    /// <summary>The company's subscriptions, oldest first.</summary>
    public async Task<IReadOnlyList<EventSubscription>> ListSubscriptionsAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.Subscriptions.AsNoTracking().Where(s => s.CompanyId == companyId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<EventSubscription?> FindSubscriptionAsync(string companyId, string id, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await context.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.CompanyId == companyId, cancellationToken).ConfigureAwait(false);
        return row?.ToSubscription();
    }

    /// <summary>Applies <paramref name="change"/> to the stored subscription and saves it; null when there is none.</summary>
    public async Task<EventSubscription?> UpdateSubscriptionAsync(string companyId, string id, Func<EventSubscription, EventSubscription> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await context.Subscriptions.FirstOrDefaultAsync(s => s.Id == id && s.CompanyId == companyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var changed = change(row.ToSubscription()) with { Id = row.Id, CompanyId = row.CompanyId, CreatedAt = row.CreatedAt };
        row.CopyFrom(changed);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _active.Forget(companyId);
        return changed;
    }

    /// <summary>Deletes the subscription with its deliveries and their log; false when there was none.</summary>
    public async Task<bool> DeleteSubscriptionAsync(string companyId, string id, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await context.Subscriptions.Where(s => s.Id == id && s.CompanyId == companyId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted == 0) return false;
        await context.DeliveryLog.Where(l => context.Deliveries.Any(d => d.Id == l.DeliveryId && d.SubscriptionId == id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Deliveries.Where(d => d.SubscriptionId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _active.Forget(companyId);
        return true;
    }
}
