using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>
/// The dialer's <see cref="IPreviewDialing"/>, looked up on first use: the dialer takes the desk as its operator pool, and the
/// desk takes the dialer for preview calls, so building either eagerly from the other would be a circle (a deadlock in the
/// container's singleton lock).
/// </summary>
internal sealed class DeferredPreviewDialing(IServiceProvider services) : IPreviewDialing
{
    private readonly Lazy<IPreviewDialing> _dialing = new(services.GetRequiredService<IPreviewDialing>);

    public ValueTask<CampaignContact?> ClaimForPreviewAsync(string campaignId, string operatorExtension, CancellationToken cancellationToken) =>
        _dialing.Value.ClaimForPreviewAsync(campaignId, operatorExtension, cancellationToken);

    public ValueTask<CampaignAttempt?> DialClaimedAsync(string campaignId, CampaignContact claimed, string operatorExtension, CancellationToken cancellationToken) =>
        _dialing.Value.DialClaimedAsync(campaignId, claimed, operatorExtension, cancellationToken);
}
