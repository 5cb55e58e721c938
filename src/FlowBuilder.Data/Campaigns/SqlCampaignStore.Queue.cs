using System.Text;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Campaigns;

internal sealed partial class SqlCampaignStore
{
    /// <summary>Rows per INSERT when filling a work queue (9 parameters each, well under SQLite's and PostgreSQL's limits).</summary>
    internal const int EnqueueBatchSize = 200;

    public async ValueTask<long> EnqueueGroupsAsync(string campaignId, IReadOnlyList<string> groupIds, string defaultTimeZone, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        await using var context = await database.OpenAsync(cancellationToken);
        var companyId = await context.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.CompanyId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Campaign '{campaignId}' is not stored; add it before filling its work queue.");
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var groupId in groupIds.Distinct(StringComparer.Ordinal))
        {
            var group = await contacts.GetGroupAsync(companyId, groupId, cancellationToken);
            zones[groupId] = group?.DefaultTimeZone ?? defaultTimeZone;
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var order = (await context.CampaignContacts.Where(c => c.CampaignId == campaignId).MaxAsync(c => (long?)c.QueueOrder, cancellationToken) ?? 0) + 1;
            long added = 0;
            var batch = new List<(string ContactId, string Phone, string Zone, long Order)>(EnqueueBatchSize);
            foreach (var groupId in zones.Keys)
            {
                await foreach (var contact in contacts.StreamContactsAsync(companyId, groupId, cancellationToken))
                {
                    batch.Add((contact.Id, contact.Phone, string.IsNullOrWhiteSpace(contact.TimeZone) ? zones[groupId] : contact.TimeZone, order++));
                    if (batch.Count < EnqueueBatchSize) continue;
                    added += await InsertBatchAsync(context, companyId, campaignId, dueAt, batch, cancellationToken);
                    batch.Clear();
                }
            }
            if (batch.Count > 0) added += await InsertBatchAsync(context, companyId, campaignId, dueAt, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Inserts the batch; a contact or phone number already queued for the campaign is skipped by the database.</summary>
    private static async Task<int> InsertBatchAsync(FlowBuilderDbContext context, string companyId, string campaignId, DateTimeOffset dueAt,
        List<(string ContactId, string Phone, string Zone, long Order)> batch, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("INSERT INTO campaign_contacts (company_id, campaign_id, contact_id, phone, time_zone, state, attempts, next_attempt_at, converted, queue_order) VALUES ");
        await using var command = CampaignSql.Command(context, "",
            ("company", companyId), ("campaign", campaignId), ("waiting", nameof(CampaignContactState.Waiting)), ("due", dueAt.UtcTicks), ("no", false));
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append($"(@company, @campaign, @c{i}, @p{i}, @z{i}, @waiting, 0, @due, @no, @o{i})");
            CampaignSql.Add(command, $"c{i}", batch[i].ContactId);
            CampaignSql.Add(command, $"p{i}", batch[i].Phone);
            CampaignSql.Add(command, $"z{i}", batch[i].Zone);
            CampaignSql.Add(command, $"o{i}", batch[i].Order);
        }
        sql.Append(" ON CONFLICT DO NOTHING");
        command.CommandText = sql.ToString();
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<CampaignContact>> ClaimDueAsync(string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        if (limit <= 0) return [];
        await using var context = await database.OpenAsync(cancellationToken);
        var ids = new List<string>(limit);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A claim that lapsed (its node died between claiming and dialling) is due again: nothing was dialled for it. Those
            // go first; then waiting contacts, earliest due first. Each pick reads one state's slice of the index
            // (campaign_id, state, next_attempt_at, queue_order) in order, so a claim costs the same with ten contacts queued
            // or a million (one query with an OR over both states had to scan and sort the whole queue).
            await ClaimAsync(context, "state = @claimed AND claimed_until <= @now", campaignId, now, limit, node, claimedUntil, ids, cancellationToken);
            if (ids.Count < limit)
                await ClaimAsync(context, "state = @waiting AND next_attempt_at <= @now", campaignId, now, limit - ids.Count, node, claimedUntil, ids, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
        if (ids.Count == 0) return [];
        var rows = await context.CampaignContacts.AsNoTracking().Where(c => c.CampaignId == campaignId && ids.Contains(c.ContactId))
            .OrderBy(c => c.NextAttemptAt).ThenBy(c => c.QueueOrder).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToContact()).ToList();
    }

    /// <summary>One atomic UPDATE … RETURNING that claims up to <paramref name="limit"/> rows matching <paramref name="condition"/>.</summary>
    private static async Task ClaimAsync(
        FlowBuilderDbContext context, string condition, string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil,
        List<string> ids, CancellationToken cancellationToken)
    {
        var due = $"""
            SELECT contact_id FROM campaign_contacts
            WHERE campaign_id = @campaign AND {condition}
            ORDER BY next_attempt_at, queue_order LIMIT @limit
            """;
        // PostgreSQL: the picked rows are locked once in a materialised CTE (SKIP LOCKED: another node's picks are passed
        // over), so the LIMIT holds; an IN (subquery … FOR UPDATE) may be re-run by the planner and take more.
        var sql = CampaignSql.IsPostgres(context)
            ? $"""
              WITH picked AS MATERIALIZED ({due} FOR UPDATE SKIP LOCKED)
              UPDATE campaign_contacts AS c SET state = @claimed, claimed_by = @node, claimed_until = @until
              FROM picked WHERE c.campaign_id = @campaign AND c.contact_id = picked.contact_id
              RETURNING c.contact_id
              """
            : $"""
              UPDATE campaign_contacts SET state = @claimed, claimed_by = @node, claimed_until = @until
              WHERE rowid IN ({due.Replace("SELECT contact_id", "SELECT rowid", StringComparison.Ordinal)})
              RETURNING contact_id
              """;
        await using var command = CampaignSql.Command(context, sql,
            ("claimed", nameof(CampaignContactState.Claimed)), ("waiting", nameof(CampaignContactState.Waiting)), ("node", node),
            ("until", claimedUntil.UtcTicks), ("campaign", campaignId), ("now", now.UtcTicks), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetString(0));
    }

    public async ValueTask DeferAsync(string campaignId, string contactId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CampaignContacts.Where(c => c.CampaignId == campaignId && c.ContactId == contactId && c.State == CampaignContactState.Claimed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.State, CampaignContactState.Waiting)
                .SetProperty(c => c.NextAttemptAt, dueAt)
                .SetProperty(c => c.Reason, reason)
                .SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    public async ValueTask SkipAsync(string campaignId, string contactId, string reason, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CampaignContacts
            .Where(c => c.CampaignId == campaignId && c.ContactId == contactId
                && (c.State == CampaignContactState.Claimed || c.State == CampaignContactState.Waiting))
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.State, CampaignContactState.Skipped)
                .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(c => c.Reason, reason)
                .SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    public async ValueTask<long> SkipRemainingAsync(string campaignId, string reason, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CampaignContacts.Where(c => c.CampaignId == campaignId && c.State == CampaignContactState.Waiting)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.State, CampaignContactState.Skipped)
                .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(c => c.Reason, reason), cancellationToken);
    }

    public async ValueTask<DateTimeOffset?> NextDueAsync(string campaignId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CampaignContacts.Where(c => c.CampaignId == campaignId && c.State == CampaignContactState.Waiting)
            .OrderBy(c => c.NextAttemptAt).Select(c => c.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<CampaignAttempt>> RecoverAsync(string campaignId, string? node, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var claimed = context.CampaignContacts.Where(c => c.CampaignId == campaignId && c.State == CampaignContactState.Claimed);
        if (node is not null) claimed = claimed.Where(c => c.ClaimedBy == node);
        await claimed.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.State, CampaignContactState.Waiting)
            .SetProperty(c => c.ClaimedBy, (string?)null)
            .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        var open = context.CampaignAttempts.AsNoTracking().Where(a => a.CampaignId == campaignId && a.Disposition == null);
        if (node is not null) open = open.Where(a => a.Node == node);
        var rows = await open.OrderBy(a => a.StartedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Select(r => r.ToAttempt()).ToList();
    }
}
