using FlowBuilder.Engine.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Campaigns;

internal sealed partial class SqlCampaignStore
{
    public async ValueTask<CampaignAttempt?> BeginAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.Node is null) return null; // a claim is always some node's: without one there is nothing to check
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var taken = await context.CampaignContacts
            .Where(c => c.CampaignId == attempt.CampaignId && c.ContactId == attempt.ContactId && c.State == CampaignContactState.Claimed && c.ClaimedBy == attempt.Node)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.State, CampaignContactState.Dialling)
                .SetProperty(c => c.Attempts, c => c.Attempts + 1)
                .SetProperty(c => c.Reason, (string?)null)
                .SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        if (taken == 0) return null;
        var contact = await context.CampaignContacts.AsNoTracking().Where(c => c.CampaignId == attempt.CampaignId && c.ContactId == attempt.ContactId)
            .Select(c => new { c.CompanyId, c.Attempts }).FirstAsync(cancellationToken);
        var begun = attempt with { Number = contact.Attempts, Disposition = null, EndedAt = null };
        context.CampaignAttempts.Add(CampaignAttemptRow.Of(contact.CompanyId, begun));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return begun;
    }

    public async ValueTask UpdateAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CampaignAttempts.Where(a => a.Id == attempt.Id && a.CampaignId == attempt.CampaignId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.CallId, attempt.CallId)
                .SetProperty(a => a.AnsweredAt, attempt.AnsweredAt)
                .SetProperty(a => a.InstanceId, attempt.InstanceId)
                .SetProperty(a => a.Operator, attempt.Operator), cancellationToken);
    }

    public async ValueTask<bool> FinishAttemptAsync(AttemptOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var attempt = outcome.Attempt;
        var disposition = attempt.Disposition
            ?? throw new ArgumentException($"Attempt '{attempt.Id}' has no disposition: set how the call ended before finishing it.", nameof(outcome));
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var finished = await context.CampaignAttempts.Where(a => a.Id == attempt.Id && a.CampaignId == attempt.CampaignId && a.Disposition == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Disposition, disposition)
                .SetProperty(a => a.EndedAt, attempt.EndedAt)
                .SetProperty(a => a.AnsweredAt, attempt.AnsweredAt)
                .SetProperty(a => a.SipStatus, attempt.SipStatus)
                .SetProperty(a => a.TalkSeconds, attempt.TalkSeconds)
                .SetProperty(a => a.Result, attempt.Result)
                .SetProperty(a => a.Converted, attempt.Converted)
                .SetProperty(a => a.CallId, attempt.CallId)
                .SetProperty(a => a.InstanceId, attempt.InstanceId)
                .SetProperty(a => a.Operator, attempt.Operator), cancellationToken);
        if (finished == 0) return false;
        var next = outcome.NextAttemptAt;
        var state = next is null ? CampaignContactState.Done : CampaignContactState.Waiting;
        await context.CampaignContacts.Where(c => c.CampaignId == attempt.CampaignId && c.ContactId == attempt.ContactId && c.State == CampaignContactState.Dialling)
            .ExecuteUpdateAsync(set =>
            {
                set.SetProperty(c => c.State, state)
                    .SetProperty(c => c.NextAttemptAt, next)
                    .SetProperty(c => c.LastDisposition, disposition)
                    .SetProperty(c => c.Reason, (string?)null);
                if (attempt.Result is not null) set.SetProperty(c => c.Result, attempt.Result);
                if (attempt.Converted) set.SetProperty(c => c.Converted, true);
            }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async ValueTask<bool> SetOperatorDispositionAsync(string campaignId, string attemptId, string code, string? notes, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CampaignAttempts.Where(a => a.Id == attemptId && a.CampaignId == campaignId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.OperatorDisposition, code).SetProperty(a => a.Notes, notes), cancellationToken) > 0;
    }

    public async ValueTask<CampaignAttempt?> GetAttemptAsync(string campaignId, string attemptId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CampaignAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId && a.CampaignId == campaignId, cancellationToken);
        return row?.ToAttempt();
    }

    public async ValueTask<CampaignAttempt?> FindAttemptByInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CampaignAttempts.AsNoTracking().Where(a => a.InstanceId == instanceId)
            .OrderByDescending(a => a.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return row?.ToAttempt();
    }

    public async ValueTask<IReadOnlyList<CampaignAttempt>> ListAttemptsAsync(AttemptQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CampaignAttempts.AsNoTracking().Where(a => a.CampaignId == query.CampaignId);
        if (query.ContactId is { } contactId) rows = rows.Where(a => a.ContactId == contactId);
        if (query.Disposition is { } disposition) rows = rows.Where(a => a.Disposition == disposition);
        var page = await rows.OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.Number).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToListAsync(cancellationToken);
        return page.Select(r => r.ToAttempt()).ToList();
    }
}
