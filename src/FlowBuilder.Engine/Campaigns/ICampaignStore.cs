namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// Campaigns, their work queues and attempts; the product's are the <c>campaigns</c>, <c>campaign_contacts</c> and
/// <c>campaign_attempts</c> tables. Each state change of a contact is one transaction, and claims are atomic
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL), so several dialer nodes never take the same contact.
/// </summary>
public interface ICampaignStore
{
    ValueTask AddAsync(Campaign campaign, CancellationToken cancellationToken);

    /// <summary>Replaces the campaign (by id).</summary>
    ValueTask UpdateAsync(Campaign campaign, CancellationToken cancellationToken);

    ValueTask<Campaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    /// <summary>The company's campaigns, newest first.</summary>
    ValueTask<IReadOnlyList<Campaign>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Campaigns of every company in these statuses (the dialer resumes Scheduled and Active ones at start).</summary>
    ValueTask<IReadOnlyList<Campaign>> ListByStatusAsync(IReadOnlyCollection<CampaignStatus> statuses, CancellationToken cancellationToken);

    /// <summary>Deletes a campaign with its queue and attempts; false when there was none.</summary>
    ValueTask<bool> DeleteAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// Fills the work queue from the groups' contacts (once per phone number across the groups; the first group's contact
    /// wins), each Waiting and due at <paramref name="dueAt"/>, with its zone: the contact's, else its group's default, else
    /// <paramref name="defaultTimeZone"/>. Contacts already queued are left alone, so a second call adds only new ones.
    /// Returns how many were added.
    /// </summary>
    ValueTask<long> EnqueueGroupsAsync(string campaignId, IReadOnlyList<string> groupIds, string defaultTimeZone, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically takes up to <paramref name="limit"/> Waiting contacts due by <paramref name="now"/> (earliest due first)
    /// and marks them Claimed by <paramref name="node"/> until <paramref name="claimedUntil"/>.
    /// </summary>
    ValueTask<IReadOnlyList<CampaignContact>> ClaimDueAsync(string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken);

    /// <summary>Claimed → Waiting, due at <paramref name="dueAt"/>, no attempt counted (outside calling hours, no free operator…).</summary>
    ValueTask DeferAsync(string campaignId, string contactId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken);

    /// <summary>Claimed or Waiting → Skipped with <paramref name="reason"/>; never dialled again by this campaign.</summary>
    ValueTask SkipAsync(string campaignId, string contactId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Claimed → Dialling, the contact's attempt count + 1, and the attempt row inserted, in one transaction. Returns the
    /// attempt with its <see cref="CampaignAttempt.Number"/>; null when the contact is no longer Claimed by
    /// <see cref="CampaignAttempt.Node"/> (its claim lapsed and another node took it): then nothing may be dialled.
    /// </summary>
    ValueTask<CampaignAttempt?> BeginAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Records progress of an attempt in flight (call id, answer time, instance id, operator).</summary>
    ValueTask UpdateAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken);

    /// <summary>
    /// Finishes an attempt (its disposition set) and moves its contact Dialling → Waiting due at
    /// <see cref="AttemptOutcome.NextAttemptAt"/>, or → Done when that is null; records the last disposition, result and
    /// conversion on the contact. One transaction. A second finish of the same attempt changes nothing and returns false.
    /// </summary>
    ValueTask<bool> FinishAttemptAsync(AttemptOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Sets the operator's disposition code and notes on a finished or running attempt; false for an unknown attempt.</summary>
    ValueTask<bool> SetOperatorDispositionAsync(string campaignId, string attemptId, string code, string? notes, CancellationToken cancellationToken);

    /// <summary>
    /// After a restart: Claimed contacts go back to Waiting (nothing was dialled), and the attempts still open (no
    /// disposition) are returned so the dialer can finish them as <see cref="AttemptDisposition.Interrupted"/>. With
    /// <paramref name="node"/> only that node's; null for all.
    /// </summary>
    ValueTask<IReadOnlyList<CampaignAttempt>> RecoverAsync(string campaignId, string? node, CancellationToken cancellationToken);

    /// <summary>Waiting contacts → Skipped with <paramref name="reason"/> (the campaign was stopped or its end time passed).</summary>
    ValueTask<long> SkipRemainingAsync(string campaignId, string reason, CancellationToken cancellationToken);

    /// <summary>The earliest due time of a Waiting contact; null when none waits.</summary>
    ValueTask<DateTimeOffset?> NextDueAsync(string campaignId, CancellationToken cancellationToken);

    ValueTask<CampaignCounts> CountAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Finished attempts per <paramref name="bucket"/> since <paramref name="since"/>, oldest first (empty buckets left out).</summary>
    ValueTask<IReadOnlyList<CampaignTimelinePoint>> TimelineAsync(string campaignId, DateTimeOffset since, TimeSpan bucket, CancellationToken cancellationToken);

    ValueTask<CampaignAttempt?> GetAttemptAsync(string campaignId, string attemptId, CancellationToken cancellationToken);

    /// <summary>The attempt a flow instance runs on; null when the instance is not a campaign call.</summary>
    ValueTask<CampaignAttempt?> FindAttemptByInstanceAsync(string instanceId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<CampaignAttempt>> ListAttemptsAsync(AttemptQuery query, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<CampaignContact>> ListContactsAsync(CampaignContactQuery query, CancellationToken cancellationToken);

    ValueTask<CampaignContact?> GetContactAsync(string campaignId, string contactId, CancellationToken cancellationToken);

    /// <summary>Reserves a Claimed or Waiting contact for an operator (preview) or clears it (null).</summary>
    ValueTask SetOperatorAsync(string campaignId, string contactId, string? operatorExtension, CancellationToken cancellationToken);
}
