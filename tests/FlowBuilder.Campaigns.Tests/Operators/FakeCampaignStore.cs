using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>The parts of the campaign store the operator desk uses, in memory (the SQL store has its own tests).</summary>
internal sealed class FakeCampaignStore : ICampaignStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Campaign> _campaigns = new(StringComparer.Ordinal);
    private readonly List<CampaignContact> _queue = [];
    private readonly List<CampaignAttempt> _attempts = [];

    public List<CampaignAttempt> AttemptUpdates { get; } = [];

    public void Put(CampaignContact contact)
    {
        lock (_gate) _queue.Add(contact);
    }

    public void Put(CampaignAttempt attempt)
    {
        lock (_gate) _attempts.Add(attempt);
    }

    public CampaignContact Contact(string contactId)
    {
        lock (_gate) return _queue.Single(c => c.ContactId == contactId);
    }

    public CampaignAttempt Attempt(string attemptId)
    {
        lock (_gate) return _attempts.Single(a => a.Id == attemptId);
    }

    /// <summary>The first Waiting contact due by <paramref name="now"/>, now Claimed (what the dialer's claim does).</summary>
    public CampaignContact? ClaimNext(string campaignId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var index = _queue.FindIndex(c => c.CampaignId == campaignId && c.State == CampaignContactState.Waiting && (c.NextAttemptAt ?? now) <= now);
            if (index < 0) return null;
            _queue[index] = _queue[index] with { State = CampaignContactState.Claimed };
            return _queue[index];
        }
    }

    public ValueTask AddAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        lock (_gate) _campaigns[campaign.Id] = campaign;
        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateAsync(Campaign campaign, CancellationToken cancellationToken) => AddAsync(campaign, cancellationToken);

    public ValueTask<Campaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_campaigns.GetValueOrDefault(campaignId) is { } c && c.CompanyId == companyId ? c : null);
    }

    public ValueTask DeferAsync(string campaignId, string contactId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        Replace(contactId, c => c with { State = CampaignContactState.Waiting, NextAttemptAt = dueAt, Reason = reason, ClaimedBy = null });
        return ValueTask.CompletedTask;
    }

    public ValueTask SetOperatorAsync(string campaignId, string contactId, string? operatorExtension, CancellationToken cancellationToken)
    {
        Replace(contactId, c => c with { Operator = operatorExtension });
        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            AttemptUpdates.Add(attempt);
            var index = _attempts.FindIndex(a => a.Id == attempt.Id);
            if (index >= 0) _attempts[index] = attempt;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> SetOperatorDispositionAsync(string campaignId, string attemptId, string code, string? notes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _attempts.FindIndex(a => a.Id == attemptId && a.CampaignId == campaignId);
            if (index < 0) return ValueTask.FromResult(false);
            _attempts[index] = _attempts[index] with { OperatorDisposition = code, Notes = notes };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<CampaignAttempt?> GetAttemptAsync(string campaignId, string attemptId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_attempts.FirstOrDefault(a => a.Id == attemptId && a.CampaignId == campaignId));
    }

    public ValueTask<IReadOnlyList<CampaignAttempt>> ListAttemptsAsync(AttemptQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<CampaignAttempt> page = [.. _attempts
                .Where(a => a.CampaignId == query.CampaignId && (query.ContactId is null || a.ContactId == query.ContactId))
                .OrderByDescending(a => a.StartedAt).Skip(query.Offset).Take(query.Limit)];
            return ValueTask.FromResult(page);
        }
    }

    public ValueTask<CampaignContact?> GetContactAsync(string campaignId, string contactId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_queue.FirstOrDefault(c => c.CampaignId == campaignId && c.ContactId == contactId));
    }

    private void Replace(string contactId, Func<CampaignContact, CampaignContact> change)
    {
        lock (_gate)
        {
            var index = _queue.FindIndex(c => c.ContactId == contactId);
            if (index >= 0) _queue[index] = change(_queue[index]);
        }
    }

    public ValueTask<IReadOnlyList<Campaign>> ListAsync(string companyId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<Campaign>> ListByStatusAsync(IReadOnlyCollection<CampaignStatus> statuses, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<bool> DeleteAsync(string companyId, string campaignId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<long> EnqueueGroupsAsync(string campaignId, IReadOnlyList<string> groupIds, string defaultTimeZone, DateTimeOffset dueAt, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<CampaignContact>> ClaimDueAsync(string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask SkipAsync(string campaignId, string contactId, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<CampaignAttempt?> BeginAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<bool> FinishAttemptAsync(AttemptOutcome outcome, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<CampaignAttempt>> RecoverAsync(string campaignId, string? node, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<long> SkipRemainingAsync(string campaignId, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<DateTimeOffset?> NextDueAsync(string campaignId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<CampaignCounts> CountAsync(string campaignId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<CampaignTimelinePoint>> TimelineAsync(string campaignId, DateTimeOffset since, TimeSpan bucket, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<CampaignAttempt?> FindAttemptByInstanceAsync(string instanceId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<CampaignContact>> ListContactsAsync(CampaignContactQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
}
