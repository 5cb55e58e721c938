namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Click-to-call campaigns (table <c>click_to_call_campaigns</c>). Keys are unique across companies.</summary>
public interface IClickToCallCampaignStore
{
    /// <summary>Adds a campaign; throws <see cref="InvalidOperationException"/> when its id or key is taken.</summary>
    ValueTask AddAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken);

    /// <summary>Replaces the campaign (by company and id); false when there is none.</summary>
    ValueTask<bool> UpdateAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken);

    ValueTask<ClickToCallCampaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    /// <summary>The campaign a banner names by its public key, of whichever company; null when no campaign has it.</summary>
    ValueTask<ClickToCallCampaign?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>The company's campaigns, newest first (archived ones only with <paramref name="includeArchived"/>).</summary>
    ValueTask<IReadOnlyList<ClickToCallCampaign>> ListAsync(string companyId, bool includeArchived, CancellationToken cancellationToken);

    /// <summary>Every company's Active campaigns (the dispatcher's work).</summary>
    ValueTask<IReadOnlyList<ClickToCallCampaign>> ListActiveAsync(CancellationToken cancellationToken);
}
