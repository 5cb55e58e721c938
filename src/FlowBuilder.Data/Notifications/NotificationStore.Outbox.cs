using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Notifications;

public sealed partial class NotificationStore
{
    /// <summary>
    /// Writes the event and one pending delivery (attempt 0, due at <paramref name="now"/>) per active subscription of its
    /// company that asked for its type, in one transaction. An event nobody subscribed to is not stored. Returns the
    /// number of deliveries written.
    /// </summary>
    public Task<int> AppendAsync(OutboxEvent outboxEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        return AppendManyAsync([outboxEvent], now, cancellationToken);
    }

    /// <summary>As <see cref="AppendAsync"/> for several events, all in one transaction. Returns the deliveries written.</summary>
    public async Task<int> AppendManyAsync(IReadOnlyList<OutboxEvent> outboxEvents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEvents);
        Context.FlowBuilderDbContext? context = null;
        var deliveries = 0;
        try
        {
            foreach (var outboxEvent in outboxEvents)
            {
                var subscribers = ActiveSubscriptions.Matching(await ActiveAsync(outboxEvent.CompanyId, cancellationToken).ConfigureAwait(false), outboxEvent.Type);
                if (subscribers.Count == 0) continue;
                context ??= await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
                AddEvent(context, outboxEvent, subscribers, now);
                deliveries += subscribers.Count;
            }
            if (context is not null) await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return deliveries;
        }
        finally
        {
            if (context is not null) await context.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The company's active subscriptions (id, event types), from the short-lived cache or the database.</summary>
    private async ValueTask<IReadOnlyList<(string Id, string Events)>> ActiveAsync(string companyId, CancellationToken cancellationToken)
    {
        if (_active.TryGet(companyId, out var cached)) return cached;
        var loadedAt = Environment.TickCount64;
        await using var reading = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await reading.Subscriptions.AsNoTracking().Where(s => s.CompanyId == companyId && s.Active)
            .Select(s => new { s.Id, s.Events }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var active = rows.Select(r => (r.Id, r.Events)).ToList();
        _active.Set(companyId, active, loadedAt);
        return active;
    }

    /// <summary>Writes the event with one delivery to this subscription only (active or not): the subscription's test ping.</summary>
    public async Task<string> AppendForSubscriptionAsync(OutboxEvent outboxEvent, string subscriptionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = AddEvent(context, outboxEvent, [subscriptionId], now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    private static List<string> AddEvent(Context.FlowBuilderDbContext context, OutboxEvent outboxEvent, IReadOnlyList<string> subscriptionIds, DateTimeOffset now)
    {
        context.OutboxEvents.Add(new OutboxEventRow
        {
            Id = outboxEvent.Id, CompanyId = outboxEvent.CompanyId, Type = outboxEvent.Type, OccurredAt = outboxEvent.OccurredAt, Payload = outboxEvent.Payload,
        });
        var ids = new List<string>(subscriptionIds.Count);
        foreach (var subscriptionId in subscriptionIds)
        {
            var id = "dlv_" + Guid.NewGuid().ToString("N");
            ids.Add(id);
            context.Deliveries.Add(new DeliveryRow
            {
                Id = id, EventId = outboxEvent.Id, EventType = outboxEvent.Type, SubscriptionId = subscriptionId, CompanyId = outboxEvent.CompanyId,
                Status = DeliveryStatuses.Pending, Attempts = 0, NextAttemptAt = now, CreatedAt = now,
            });
        }
        return ids;
    }

    /// <summary>
    /// Puts this node's in-flight deliveries back to pending: after a crash they may or may not have reached the
    /// subscriber, so they are sent again (at least once). Call once at startup, before claiming.
    /// </summary>
    public async Task<int> ReleaseInFlightAsync(string node, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await context.Deliveries.Where(d => d.Status == DeliveryStatuses.InFlight && d.ClaimedBy == node)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatuses.Pending).SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> deliveries that are due (pending with the next attempt at or before
    /// <paramref name="now"/>, or in flight on a node whose lease ran out) and marks them in flight for
    /// <paramref name="node"/> until <paramref name="leaseUntil"/>. One UPDATE … RETURNING; on PostgreSQL the rows are
    /// picked with FOR UPDATE SKIP LOCKED, so several nodes claim disjoint batches.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string node, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var postgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        const string due = """
            SELECT id FROM event_deliveries
            WHERE (status = 'pending' AND next_attempt_at <= @now) OR (status = 'in-flight' AND lease_until <= @now)
            ORDER BY next_attempt_at LIMIT @max
            """;
        // PostgreSQL: the rows are picked and locked once in a materialised CTE (SKIP LOCKED passes over other nodes' picks);
        // an IN (subquery … FOR UPDATE) may be re-run by the planner and claim more than @max.
        var sql = postgres
            ? $"""
              WITH picked AS MATERIALIZED ({due} FOR UPDATE SKIP LOCKED)
              UPDATE event_deliveries AS d SET status = 'in-flight', claimed_by = @node, lease_until = @lease
              FROM picked WHERE d.id = picked.id
              RETURNING d.id
              """
            : $"""
              UPDATE event_deliveries SET status = 'in-flight', claimed_by = @node, lease_until = @lease
              WHERE id IN ({due})
              RETURNING id
              """;
        var ids = new List<string>(max);
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            AddParameter(command, "node", node);
            AddParameter(command, "lease", leaseUntil.UtcTicks);
            AddParameter(command, "now", now.UtcTicks);
            AddParameter(command, "max", max);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(reader.GetString(0));
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        if (ids.Count == 0) return [];
        var claimed = await (
            from d in context.Deliveries.AsNoTracking()
            where ids.Contains(d.Id)
            join e in context.OutboxEvents on d.EventId equals e.Id
            join s in context.Subscriptions on d.SubscriptionId equals s.Id
            select new ClaimedDelivery(d.Id, d.EventId, d.EventType, d.SubscriptionId, s.Url, s.Secret, e.Payload, d.Attempts + 1))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claimed.Count < ids.Count)
        {
            // Written for a subscription deleted meanwhile (another node's cache was still warm): nobody to send them to.
            var orphans = ids.Except(claimed.Select(c => c.Id)).ToList();
            await context.Deliveries.Where(d => orphans.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        return claimed;
    }

    /// <summary>Records attempts: each delivery's new status, attempt count and next time, plus one log line each, in one save.</summary>
    public async Task CompleteAsync(IReadOnlyList<AttemptResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0) return;
        await using var context = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = results.Select(r => r.DeliveryId).ToList();
        var rows = await context.Deliveries.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            if (!rows.TryGetValue(result.DeliveryId, out var row)) continue; // its subscription was deleted meanwhile
            row.Status = result.Status;
            row.Attempts = result.Attempt;
            row.NextAttemptAt = result.NextAttemptAt;
            row.ClaimedBy = null;
            row.LeaseUntil = null;
            row.LastStatusCode = result.StatusCode;
            row.LastError = result.Error;
            if (result.Status == DeliveryStatuses.Delivered) row.DeliveredAt = result.At;
            row.LogCount++;
            context.DeliveryLog.Add(new DeliveryLogRow
            {
                DeliveryId = row.Id, CompanyId = row.CompanyId, Sequence = row.LogCount, Kind = DeliveryLogEntry.AttemptKind, Attempt = result.Attempt, At = result.At,
                StatusCode = result.StatusCode, Error = result.Error, DurationMs = result.DurationMs,
            });
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
