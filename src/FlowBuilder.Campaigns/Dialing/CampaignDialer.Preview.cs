using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Dialing;

internal sealed partial class CampaignDialer
{
    private const int PreviewClaimTries = 50;

    public async ValueTask<CampaignContact?> ClaimForPreviewAsync(string campaignId, string operatorExtension, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorExtension);
        if (Run(campaignId) is not { } run) return null;
        using var held = await LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await Store.GetAsync(run.CompanyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is not { Status: CampaignStatus.Active, Mode: CampaignMode.Preview }) return null;
        for (var i = 0; i < PreviewClaimTries; i++)
        {
            var now = Time.GetUtcNow();
            var claimed = await Store.ClaimDueAsync(campaignId, now, 1, Options.NodeName, now + Options.ClaimLease, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0) return null;
            var entry = claimed[0];
            if (!await run.MayDialAsync(campaign, entry, now, cancellationToken).ConfigureAwait(false)) continue;
            await Store.SetOperatorAsync(campaignId, entry.ContactId, operatorExtension, cancellationToken).ConfigureAwait(false);
            return entry with { Operator = operatorExtension };
        }
        return null;
    }

    public async ValueTask<CampaignAttempt?> DialClaimedAsync(string campaignId, CampaignContact claimed, string operatorExtension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorExtension);
        if (Run(campaignId) is not { } run) return null;
        using var held = await LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await Store.GetAsync(run.CompanyId, campaignId, cancellationToken).ConfigureAwait(false);
        var now = Time.GetUtcNow();
        if (campaign is not { Status: CampaignStatus.Active })
        {
            await Store.DeferAsync(campaignId, claimed.ContactId, now, "campaign-not-active", cancellationToken).ConfigureAwait(false);
            return null;
        }
        if (!await run.MayDialAsync(campaign, claimed, now, cancellationToken).ConfigureAwait(false)) return null;
        var (status, attempt) = await run.TryDialAsync(campaign, claimed, operatorExtension, now, cancellationToken).ConfigureAwait(false);
        if (status == DialStart.NoCapacity)
            await Store.DeferAsync(campaignId, claimed.ContactId, now, "call-limit", cancellationToken).ConfigureAwait(false);
        return attempt;
    }
}
