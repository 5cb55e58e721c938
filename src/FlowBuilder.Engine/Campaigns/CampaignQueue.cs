namespace FlowBuilder.Engine.Campaigns;

/// <summary>One campaign's work queue and attempts inside <see cref="InMemoryCampaignStore"/> (guarded by its lock).
/// Waiting contacts are also kept in <see cref="Due"/>, ordered by due time then queue order.</summary>
internal sealed class CampaignQueue
{
    private readonly Dictionary<string, long> _sequence = new(StringComparer.Ordinal);

    public Dictionary<string, CampaignContact> Contacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Contact ids in queue order.</summary>
    public List<string> Order { get; } = [];

    public HashSet<string> Phones { get; } = new(StringComparer.Ordinal);

    public SortedSet<DueEntry> Due { get; } = [];

    /// <summary>Contacts in Claimed state (few at a time), checked for lapsed claims.</summary>
    public HashSet<string> Claimed { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CampaignAttempt> Attempts { get; } = new(StringComparer.Ordinal);

    /// <summary>Attempt ids in the order they began.</summary>
    public List<string> AttemptOrder { get; } = [];

    public void Add(CampaignContact entry)
    {
        _sequence[entry.ContactId] = Order.Count;
        Order.Add(entry.ContactId);
        Contacts[entry.ContactId] = entry;
        Index(entry);
    }

    /// <summary>Stores the contact's new row and keeps the due and claim indexes in step.</summary>
    public void Replace(CampaignContact entry)
    {
        if (Contacts.TryGetValue(entry.ContactId, out var old)) Unindex(old);
        Contacts[entry.ContactId] = entry;
        Index(entry);
    }

    /// <summary>Claims whose lease ended before <paramref name="now"/> go back to Waiting (the node that held them is gone).</summary>
    public void ReleaseLapsedClaims(DateTimeOffset now)
    {
        if (Claimed.Count == 0) return;
        foreach (var id in Claimed.ToList())
        {
            var entry = Contacts[id];
            if (entry.ClaimedUntil is { } until && until <= now)
                Replace(entry with { State = CampaignContactState.Waiting, ClaimedBy = null, ClaimedUntil = null });
        }
    }

    private void Index(CampaignContact entry)
    {
        if (entry.State == CampaignContactState.Waiting) Due.Add(new DueEntry(entry.NextAttemptAt ?? DateTimeOffset.MinValue, _sequence[entry.ContactId], entry.ContactId));
        if (entry.State == CampaignContactState.Claimed) Claimed.Add(entry.ContactId);
    }

    private void Unindex(CampaignContact entry)
    {
        if (entry.State == CampaignContactState.Waiting) Due.Remove(new DueEntry(entry.NextAttemptAt ?? DateTimeOffset.MinValue, _sequence[entry.ContactId], entry.ContactId));
        if (entry.State == CampaignContactState.Claimed) Claimed.Remove(entry.ContactId);
    }

    internal readonly record struct DueEntry(DateTimeOffset DueAt, long Sequence, string ContactId) : IComparable<DueEntry>
    {
        public int CompareTo(DueEntry other)
        {
            var byDue = DueAt.CompareTo(other.DueAt);
            return byDue != 0 ? byDue : Sequence.CompareTo(other.Sequence);
        }
    }
}
