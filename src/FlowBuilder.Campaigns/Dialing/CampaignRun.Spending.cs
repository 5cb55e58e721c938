using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Dialing;

internal sealed partial class CampaignRun
{
    /// <summary>What <see cref="Campaign.Error"/> of a campaign the dialer paused because its company may not spend starts with.</summary>
    public const string SpendingPausePrefix = "Paused: ";

    /// <summary>Why the company may not launch calls now (<see cref="Engine.Billing.ISpendingGuard"/>); null when it may. A failing guard
    /// is logged and does not stop the campaign (each dial asks it again).</summary>
    private async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        if (_dialer.Spending is not { } spending) return null;
        try
        {
            return await spending.RefusalAsync(CompanyId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _dialer.Logger.LogError(error, "Campaign {CampaignId}: checking the company's balance failed", CampaignId);
            return null;
        }
    }

    /// <summary>Paused with the reason in <see cref="Campaign.Error"/> ("Paused: …"), before any attempt is launched; calls in progress
    /// go on to their end. Resuming (once the account is topped up) clears the reason.</summary>
    private async Task PauseForSpendingAsync(Campaign campaign, string refusal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var paused = campaign with { Status = CampaignStatus.Paused, Error = SpendingPausePrefix + refusal, UpdatedAt = now };
        await _dialer.Store.UpdateAsync(paused, cancellationToken).ConfigureAwait(false);
        _campaign = paused;
        _dialer.Logger.LogWarning("Campaign {CampaignId} of company {CompanyId} paused: {Reason}", CampaignId, CompanyId, refusal);
    }
}
