using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// <see cref="ICampaignStore"/> in memory: the default without a database, and the reference the SQL stores are tested
/// against. One lock guards everything, so each documented state change is atomic. Waiting contacts are indexed by due time,
/// so claims stay cheap with a million contacts queued.
/// </summary>
public sealed partial class InMemoryCampaignStore(IContactStore contacts) : ICampaignStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Campaign> _campaigns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CampaignQueue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CampaignAttempt> _attemptsByInstance = new(StringComparer.Ordinal);

    public ValueTask AddAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (_gate)
        {
            if (_campaigns.ContainsKey(campaign.Id)) throw new InvalidOperationException($"Campaign '{campaign.Id}' already exists.");
            _campaigns[campaign.Id] = campaign;
            _queues[campaign.Id] = new CampaignQueue();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (_gate)
        {
            if (!_campaigns.ContainsKey(campaign.Id)) throw new InvalidOperationException($"No campaign '{campaign.Id}' to update.");
            _campaigns[campaign.Id] = campaign;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<Campaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_campaigns.TryGetValue(campaignId, out var campaign) && campaign.CompanyId == companyId ? campaign : null);
        }
    }

    public ValueTask<IReadOnlyList<Campaign>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Campaign> list = _campaigns.Values.Where(c => c.CompanyId == companyId)
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask<IReadOnlyList<Campaign>> ListByStatusAsync(IReadOnlyCollection<CampaignStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        lock (_gate)
        {
            IReadOnlyList<Campaign> list = _campaigns.Values.Where(c => statuses.Contains(c.Status)).OrderBy(c => c.CreatedAt).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask<bool> DeleteAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_campaigns.TryGetValue(campaignId, out var campaign) || campaign.CompanyId != companyId) return ValueTask.FromResult(false);
            _campaigns.Remove(campaignId);
            if (_queues.Remove(campaignId, out var queue))
                foreach (var attempt in queue.Attempts.Values)
                    if (attempt.InstanceId is { } instanceId) _attemptsByInstance.Remove(instanceId);
            return ValueTask.FromResult(true);
        }
    }

    public async ValueTask<long> EnqueueGroupsAsync(string campaignId, IReadOnlyList<string> groupIds, string defaultTimeZone, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultTimeZone);
        string companyId;
        lock (_gate) companyId = (_campaigns.GetValueOrDefault(campaignId) ?? throw new InvalidOperationException($"No campaign '{campaignId}'.")).CompanyId;
        long added = 0;
        foreach (var groupId in groupIds)
        {
            var group = await contacts.GetGroupAsync(companyId, groupId, cancellationToken).ConfigureAwait(false);
            var batch = new List<CampaignContact>(1024);
            await foreach (var contact in contacts.StreamContactsAsync(companyId, groupId, cancellationToken).ConfigureAwait(false))
            {
                var zone = contact.TimeZone ?? group?.DefaultTimeZone ?? defaultTimeZone;
                batch.Add(new CampaignContact(campaignId, contact.Id, contact.Phone, zone, CampaignContactState.Waiting, 0, dueAt));
                if (batch.Count == batch.Capacity) added += Enqueue(campaignId, batch);
            }
            added += Enqueue(campaignId, batch);
        }
        return added;
    }

    private long Enqueue(string campaignId, List<CampaignContact> batch)
    {
        long added = 0;
        lock (_gate)
        {
            var queue = Queue(campaignId);
            foreach (var entry in batch)
            {
                if (queue.Contacts.ContainsKey(entry.ContactId) || !queue.Phones.Add(entry.Phone)) continue;
                queue.Add(entry);
                added++;
            }
        }
        batch.Clear();
        return added;
    }

    public ValueTask<IReadOnlyList<CampaignContact>> ClaimDueAsync(string campaignId, DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        var claimed = new List<CampaignContact>();
        lock (_gate)
        {
            if (!_queues.TryGetValue(campaignId, out var queue) || limit <= 0) return ValueTask.FromResult<IReadOnlyList<CampaignContact>>(claimed);
            queue.ReleaseLapsedClaims(now);
            while (claimed.Count < limit && queue.Due.Count > 0 && queue.Due.Min.DueAt <= now)
            {
                var first = queue.Due.Min;
                var entry = queue.Contacts[first.ContactId];
                var taken = entry with { State = CampaignContactState.Claimed, ClaimedBy = node, ClaimedUntil = claimedUntil };
                queue.Replace(taken);
                claimed.Add(taken);
            }
        }
        return ValueTask.FromResult<IReadOnlyList<CampaignContact>>(claimed);
    }

    public ValueTask DeferAsync(string campaignId, string contactId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var queue = Queue(campaignId);
            if (queue.Contacts.TryGetValue(contactId, out var entry) && entry.State == CampaignContactState.Claimed)
                queue.Replace(entry with { State = CampaignContactState.Waiting, NextAttemptAt = dueAt, Reason = reason, ClaimedBy = null, ClaimedUntil = null, Operator = null });
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask SkipAsync(string campaignId, string contactId, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var queue = Queue(campaignId);
            if (queue.Contacts.TryGetValue(contactId, out var entry) && entry.State is CampaignContactState.Claimed or CampaignContactState.Waiting)
                queue.Replace(Skipped(entry, reason));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<long> SkipRemainingAsync(string campaignId, string reason, CancellationToken cancellationToken)
    {
        long skipped = 0;
        lock (_gate)
        {
            var queue = Queue(campaignId);
            foreach (var entry in queue.Contacts.Values.Where(c => c.State == CampaignContactState.Waiting).ToList())
            {
                queue.Replace(Skipped(entry, reason));
                skipped++;
            }
        }
        return ValueTask.FromResult(skipped);
    }

    public ValueTask<DateTimeOffset?> NextDueAsync(string campaignId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_queues.TryGetValue(campaignId, out var queue) && queue.Due.Count > 0 ? queue.Due.Min.DueAt : (DateTimeOffset?)null);
        }
    }

    public ValueTask<IReadOnlyList<CampaignContact>> ListContactsAsync(CampaignContactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            if (!_queues.TryGetValue(query.CampaignId, out var queue)) return ValueTask.FromResult<IReadOnlyList<CampaignContact>>([]);
            IReadOnlyList<CampaignContact> page = queue.Order.Select(id => queue.Contacts[id])
                .Where(c => query.State is null || c.State == query.State).Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
            return ValueTask.FromResult(page);
        }
    }

    public ValueTask<CampaignContact?> GetContactAsync(string campaignId, string contactId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_queues.TryGetValue(campaignId, out var queue) ? queue.Contacts.GetValueOrDefault(contactId) : null);
        }
    }

    public ValueTask SetOperatorAsync(string campaignId, string contactId, string? operatorExtension, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var queue = Queue(campaignId);
            if (queue.Contacts.TryGetValue(contactId, out var entry) && entry.State is CampaignContactState.Claimed or CampaignContactState.Waiting)
                queue.Replace(entry with { Operator = operatorExtension });
        }
        return ValueTask.CompletedTask;
    }

    private static CampaignContact Skipped(CampaignContact entry, string reason) =>
        entry with { State = CampaignContactState.Skipped, Reason = reason, NextAttemptAt = null, ClaimedBy = null, ClaimedUntil = null, Operator = null };

    private CampaignQueue Queue(string campaignId) =>
        _queues.GetValueOrDefault(campaignId) ?? throw new InvalidOperationException($"No campaign '{campaignId}'.");
}
