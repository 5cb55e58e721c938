using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A campaign store that watches the attempts in flight: begun and not finished. Calls are only placed between the two,
/// so <see cref="MaxInFlight"/> bounds the calls in progress; <see cref="DoubleDials"/> lists contacts begun while an attempt
/// of theirs was still open.</summary>
internal sealed class WatchedCampaignStore(ICampaignStore inner) : ICampaignStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _openByAttempt = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openContacts = new(StringComparer.Ordinal);

    public ICampaignStore Inner => inner;

    public int MaxInFlight { get; private set; }

    public int InFlight
    {
        get
        {
            lock (_gate) return _openByAttempt.Count;
        }
    }

    public List<string> DoubleDials { get; } = [];

    public async ValueTask<CampaignAttempt?> BeginAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        var begun = await inner.BeginAttemptAsync(attempt, cancellationToken);
        if (begun is null) return null;
        lock (_gate)
        {
            if (!_openContacts.Add(begun.ContactId)) DoubleDials.Add(begun.ContactId);
            _openByAttempt[begun.Id] = begun.ContactId;
            MaxInFlight = Math.Max(MaxInFlight, _openByAttempt.Count);
        }
        return begun;
    }

    public async ValueTask<bool> FinishAttemptAsync(AttemptOutcome outcome, CancellationToken cancellationToken)
    {
        var finished = await inner.FinishAttemptAsync(outcome, cancellationToken);
        lock (_gate)
        {
            if (_openByAttempt.Remove(outcome.Attempt.Id, out var contactId)) _openContacts.Remove(contactId);
        }
        return finished;
    }

    public ValueTask AddAsync(Campaign campaign, CancellationToken cancellationToken) => inner.AddAsync(campaign, cancellationToken);
    public ValueTask UpdateAsync(Campaign campaign, CancellationToken cancellationToken) => inner.UpdateAsync(campaign, cancellationToken);
    public ValueTask<Campaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken) => inner.GetAsync(companyId, campaignId, cancellationToken);
    public ValueTask<IReadOnlyList<Campaign>> ListAsync(string companyId, CancellationToken cancellationToken) => inner.ListAsync(companyId, cancellationToken);
    public ValueTask<IReadOnlyList<Campaign>> ListByStatusAsync(IReadOnlyCollection<CampaignStatus> statuses, CancellationToken cancellationToken) => inner.ListByStatusAsync(statuses, cancellationToken);
    public ValueTask<bool> DeleteAsync(string companyId, string campaignId, CancellationToken cancellationToken) => inner.DeleteAsync(companyId, campaignId, cancellationToken);
    public ValueTask<long> EnqueueGroupsAsync(string campaignId, IReadOnlyList<string> groupIds, string defaultTimeZone, DateTimeOffset dueAt, CancellationToken cancellationToken) => inner.EnqueueGroupsAsync(campaignId, groupIds, defaultTimeZone, dueAt, cancellationToken);
    /// <summary>Runs before each claim: lets a test move the clock while the dialer is in the middle of a pass.</summary>
    public Action? WhileClaiming { get; set; }

    public ValueTask<IReadOnlyList<CampaignContact>> ClaimDueAsync(string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        WhileClaiming?.Invoke();
        return inner.ClaimDueAsync(campaignId, now, limit, node, claimedUntil, cancellationToken);
    }
    public ValueTask DeferAsync(string campaignId, string contactId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken) => inner.DeferAsync(campaignId, contactId, dueAt, reason, cancellationToken);
    public ValueTask SkipAsync(string campaignId, string contactId, string reason, CancellationToken cancellationToken) => inner.SkipAsync(campaignId, contactId, reason, cancellationToken);
    public ValueTask UpdateAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken) => inner.UpdateAttemptAsync(attempt, cancellationToken);
    public ValueTask<bool> SetOperatorDispositionAsync(string campaignId, string attemptId, string code, string? notes, CancellationToken cancellationToken) => inner.SetOperatorDispositionAsync(campaignId, attemptId, code, notes, cancellationToken);
    public ValueTask<IReadOnlyList<CampaignAttempt>> RecoverAsync(string campaignId, string? node, CancellationToken cancellationToken) => inner.RecoverAsync(campaignId, node, cancellationToken);
    public ValueTask<long> SkipRemainingAsync(string campaignId, string reason, CancellationToken cancellationToken) => inner.SkipRemainingAsync(campaignId, reason, cancellationToken);
    public ValueTask<DateTimeOffset?> NextDueAsync(string campaignId, CancellationToken cancellationToken) => inner.NextDueAsync(campaignId, cancellationToken);
    public ValueTask<CampaignCounts> CountAsync(string campaignId, CancellationToken cancellationToken) => inner.CountAsync(campaignId, cancellationToken);
    public ValueTask<IReadOnlyList<CampaignTimelinePoint>> TimelineAsync(string campaignId, DateTimeOffset since, TimeSpan bucket, CancellationToken cancellationToken) => inner.TimelineAsync(campaignId, since, bucket, cancellationToken);
    public ValueTask<CampaignAttempt?> GetAttemptAsync(string campaignId, string attemptId, CancellationToken cancellationToken) => inner.GetAttemptAsync(campaignId, attemptId, cancellationToken);
    public ValueTask<CampaignAttempt?> FindAttemptByInstanceAsync(string instanceId, CancellationToken cancellationToken) => inner.FindAttemptByInstanceAsync(instanceId, cancellationToken);
    public ValueTask<IReadOnlyList<CampaignAttempt>> ListAttemptsAsync(AttemptQuery query, CancellationToken cancellationToken) => inner.ListAttemptsAsync(query, cancellationToken);
    public ValueTask<IReadOnlyList<CampaignContact>> ListContactsAsync(CampaignContactQuery query, CancellationToken cancellationToken) => inner.ListContactsAsync(query, cancellationToken);
    public ValueTask<CampaignContact?> GetContactAsync(string campaignId, string contactId, CancellationToken cancellationToken) => inner.GetContactAsync(campaignId, contactId, cancellationToken);
    public ValueTask SetOperatorAsync(string campaignId, string contactId, string? operatorExtension, CancellationToken cancellationToken) => inner.SetOperatorAsync(campaignId, contactId, operatorExtension, cancellationToken);
}
