using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.ClickToCall;

internal sealed partial class SqlCallbackRequestStore
{
    private static readonly CallbackRequestStatus[] Failed = [CallbackRequestStatus.FailedCallingClient, CallbackRequestStatus.FailedCallingCompany];

    public async ValueTask<IReadOnlyList<CallbackRequest>> ClaimDueAsync(DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (limit <= 0) return [];
        await using var context = await database.OpenAsync(cancellationToken);
        var lapsed = new List<string>();
        var due = new List<string>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Lapsed claims first (a node died mid-attempt: the attempt must be closed before anything else is dialled), then
            // Waiting requests of Active campaigns, earliest due first. Each pick reads one status's slice of its index.
            await ClaimAsync(context, "r.status = @calling AND r.claimed_until < @now", "r.claimed_until, r.id",
                "claimed_by = @node, claimed_until = @until", now, limit, node, claimedUntil, lapsed, cancellationToken);
            if (lapsed.Count < limit)
                await ClaimAsync(context,
                    "r.status = @waiting AND r.next_attempt_at <= @now AND r.campaign_id IN (SELECT k.id FROM click_to_call_campaigns k WHERE k.status = @active)",
                    "r.next_attempt_at, r.created_at, r.id",
                    "status = @calling, attempts = {0}attempts + 1, claimed_by = @node, claimed_until = @until, " +
                    "first_called_at = COALESCE({0}first_called_at, @now), updated_at = @now",
                    now, limit - lapsed.Count, node, claimedUntil, due, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
        if (lapsed.Count + due.Count == 0) return [];
        var ids = lapsed.Concat(due).ToList();
        var rows = await context.CallbackRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var lapsedIds = lapsed.ToHashSet(StringComparer.Ordinal);
        return rows.Select(r => r.ToRequest())
            .OrderBy(r => lapsedIds.Contains(r.Id) ? 0 : 1).ThenBy(r => r.NextAttemptAt).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One atomic UPDATE … RETURNING that claims up to <paramref name="limit"/> requests matching <paramref name="condition"/>;
    /// <paramref name="set"/> may refer to the updated row's columns as <c>{0}column</c>.</summary>
    private static async Task ClaimAsync(
        FlowBuilderDbContext context, string condition, string order, string set, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil,
        List<string> ids, CancellationToken cancellationToken)
    {
        var postgres = CampaignSql.IsPostgres(context);
        var pick = $"SELECT r.{(postgres ? "id" : "rowid")} FROM callback_requests r WHERE {condition} ORDER BY {order} LIMIT @limit";
        // PostgreSQL: the picked rows are locked once in a materialised CTE (SKIP LOCKED: another node's picks are passed over),
        // so the LIMIT holds and two nodes never take one request; SQLite runs one write statement at a time.
        var sql = postgres
            ? $"""
              WITH picked AS MATERIALIZED ({pick} FOR UPDATE OF r SKIP LOCKED)
              UPDATE callback_requests AS c SET {string.Format(System.Globalization.CultureInfo.InvariantCulture, set, "c.")}
              FROM picked WHERE c.id = picked.id
              RETURNING c.id
              """
            : $"""
              UPDATE callback_requests SET {string.Format(System.Globalization.CultureInfo.InvariantCulture, set, "")}
              WHERE rowid IN ({pick})
              RETURNING id
              """;
        await using var command = CampaignSql.Command(context, sql,
            ("calling", nameof(CallbackRequestStatus.Calling)), ("waiting", nameof(CallbackRequestStatus.Waiting)), ("active", nameof(ClickToCallStatus.Active)),
            ("node", node), ("until", claimedUntil.UtcTicks), ("now", now.UtcTicks), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetString(0));
    }

    public async ValueTask<IReadOnlyList<CallbackRequest>> RecoverAsync(string node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallbackRequests.AsNoTracking()
            .Where(r => r.Status == CallbackRequestStatus.Calling && r.ClaimedBy == node)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToRequest()).OrderBy(r => r.ClaimedUntil).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<bool> RenewClaimAsync(string requestId, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallbackRequests.Where(r => r.Id == requestId && r.Status == CallbackRequestStatus.Calling && r.ClaimedBy == node)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)claimedUntil), cancellationToken) > 0;
    }

    public async ValueTask SetInstanceAsync(string requestId, string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CallbackRequests.Where(r => r.Id == requestId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, instanceId), cancellationToken);
    }

    public async ValueTask DeferAsync(string requestId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CallbackRequests.Where(r => r.Id == requestId && r.Status == CallbackRequestStatus.Calling)
            .ExecuteUpdateAsync(set =>
            {
                set.SetProperty(r => r.Status, CallbackRequestStatus.Waiting)
                    .SetProperty(r => r.Attempts, r => r.Attempts > 0 ? r.Attempts - 1 : 0)
                    .SetProperty(r => r.NextAttemptAt, dueAt)
                    .SetProperty(r => r.ClaimedBy, (string?)null)
                    .SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null);
                if (reason is not null) set.SetProperty(r => r.Reason, reason);
            }, cancellationToken);
    }

    public async ValueTask<bool> FinishAttemptAsync(CallbackAttemptOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        CheckLegs(outcome);
        var completed = outcome.Status == CallbackRequestStatus.Completed;
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Only the running attempt may be finished: the request is Calling and this is its attempt number. A second finish (or a
        // late one from a node whose claim lapsed and was closed by another) finds the request moved on and changes nothing.
        var finished = await context.CallbackRequests
            .Where(r => r.Id == outcome.RequestId && r.Status == CallbackRequestStatus.Calling && r.Attempts == outcome.Attempt)
            .ExecuteUpdateAsync(set =>
            {
                set.SetProperty(r => r.Status, outcome.Status)
                    .SetProperty(r => r.Reason, completed ? null : outcome.Reason)
                    .SetProperty(r => r.ClaimedBy, (string?)null)
                    .SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(r => r.UpdatedAt, outcome.EndedAt);
                if (outcome.NextAttemptAt is { } next) set.SetProperty(r => r.NextAttemptAt, next);
                if (completed)
                    set.SetProperty(r => r.CompletedAt, (DateTimeOffset?)outcome.EndedAt)
                        .SetProperty(r => r.TalkSeconds, outcome.TalkSeconds)
                        .SetProperty(r => r.Price, outcome.Price)
                        .SetProperty(r => r.Currency, outcome.Currency);
            }, cancellationToken);
        if (finished == 0) return false;
        if (outcome.Legs.Count > 0)
        {
            var companyId = await context.CallbackRequests.Where(r => r.Id == outcome.RequestId).Select(r => r.CompanyId).FirstAsync(cancellationToken);
            context.CallbackLegs.AddRange(outcome.Legs.Select(l => CallbackLegRow.Of(companyId, l)));
            await context.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async ValueTask<bool> RequeueForCallbackAsync(string companyId, string requestId, string? operatorTarget, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallbackRequests.Where(r => r.Id == requestId && r.CompanyId == companyId && Failed.Contains(r.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, CallbackRequestStatus.Waiting)
                .SetProperty(r => r.NextAttemptAt, dueAt)
                .SetProperty(r => r.FirstLeg, FirstLeg.Company)
                .SetProperty(r => r.CallbackOperator, operatorTarget)
                .SetProperty(r => r.Source, "callback")
                .SetProperty(r => r.UpdatedAt, dueAt), cancellationToken) > 0;
    }

    public async ValueTask<bool> CancelAsync(string companyId, string requestId, string reason, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallbackRequests
            .Where(r => r.Id == requestId && r.CompanyId == companyId && (r.Status == CallbackRequestStatus.Waiting || Failed.Contains(r.Status)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, CallbackRequestStatus.Cancelled)
                .SetProperty(r => r.Reason, reason), cancellationToken) > 0;
    }

    /// <summary>Legs are keyed by (request, attempt, side): each must belong to the attempt being finished, one per side.</summary>
    internal static void CheckLegs(CallbackAttemptOutcome outcome)
    {
        foreach (var leg in outcome.Legs)
            if (leg.RequestId != outcome.RequestId || leg.Attempt != outcome.Attempt)
                throw new ArgumentException(
                    $"Leg {leg.Side} of request '{leg.RequestId}' attempt {leg.Attempt} is not of the attempt being finished (request '{outcome.RequestId}' attempt {outcome.Attempt}).",
                    nameof(outcome));
        if (outcome.Legs.GroupBy(l => l.Side).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Request '{outcome.RequestId}' attempt {outcome.Attempt} has two {twice.Key} legs; give one leg per side.", nameof(outcome));
    }
}
