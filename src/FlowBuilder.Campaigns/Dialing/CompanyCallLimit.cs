namespace FlowBuilder.Campaigns.Dialing;

/// <summary>Campaign calls in progress per company on this node, held under the company's limit (the tariff's stand-in,
/// <see cref="Hosting.CampaignOptions.MaxConcurrentCalls"/>).</summary>
internal sealed class CompanyCallLimit(int limit)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inProgress = new(StringComparer.Ordinal);

    public int Limit => limit;

    public int InProgress(string companyId)
    {
        lock (_gate) return _inProgress.GetValueOrDefault(companyId);
    }

    /// <summary>Takes one call slot; false when the company is at its limit.</summary>
    public bool TryTake(string companyId)
    {
        lock (_gate)
        {
            var now = _inProgress.GetValueOrDefault(companyId);
            if (now >= limit) return false;
            _inProgress[companyId] = now + 1;
            return true;
        }
    }

    public void Give(string companyId)
    {
        lock (_gate)
        {
            var now = _inProgress.GetValueOrDefault(companyId);
            if (now <= 1) _inProgress.Remove(companyId);
            else _inProgress[companyId] = now - 1;
        }
    }
}
