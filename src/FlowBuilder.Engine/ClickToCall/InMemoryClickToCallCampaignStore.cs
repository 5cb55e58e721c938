using System.Collections.Concurrent;

namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Click-to-call campaigns kept in memory (tests, and servers without FlowBuilder.Data).</summary>
public sealed class InMemoryClickToCallCampaignStore : IClickToCallCampaignStore
{
    private readonly ConcurrentDictionary<(string CompanyId, string Id), ClickToCallCampaign> _campaigns = new();
    private readonly Lock _gate = new();

    public ValueTask AddAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (_gate)
        {
            if (_campaigns.Values.Any(c => c.Id == campaign.Id || c.Key == campaign.Key))
                throw new InvalidOperationException($"A click-to-call campaign with id '{campaign.Id}' or the same key exists already.");
            _campaigns[(campaign.CompanyId, campaign.Id)] = campaign;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> UpdateAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (_gate)
        {
            if (!_campaigns.ContainsKey((campaign.CompanyId, campaign.Id))) return ValueTask.FromResult(false);
            if (_campaigns.Values.Any(c => c.Id != campaign.Id && c.Key == campaign.Key))
                throw new InvalidOperationException($"Another click-to-call campaign has the key of '{campaign.Id}'.");
            _campaigns[(campaign.CompanyId, campaign.Id)] = campaign;
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<ClickToCallCampaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_campaigns.TryGetValue((companyId, campaignId), out var campaign) ? campaign : null);

    public ValueTask<ClickToCallCampaign?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_campaigns.Values.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal)));

    public ValueTask<IReadOnlyList<ClickToCallCampaign>> ListAsync(string companyId, bool includeArchived, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ClickToCallCampaign>>(_campaigns.Values
            .Where(c => c.CompanyId == companyId && (includeArchived || c.Status != ClickToCallStatus.Archived))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList());

    public ValueTask<IReadOnlyList<ClickToCallCampaign>> ListActiveAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ClickToCallCampaign>>(_campaigns.Values.Where(c => c.Status == ClickToCallStatus.Active).ToList());
}
