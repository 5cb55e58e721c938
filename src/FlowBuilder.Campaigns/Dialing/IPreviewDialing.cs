using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>Preview mode: the operator desk claims a contact for an operator's card; when the operator presses Call, the dialer
/// places the call (within the campaign's limits and calling hours) with that operator reserved for it.</summary>
internal interface IPreviewDialing
{
    /// <summary>Claims the next due contact of the campaign for <paramref name="operatorExtension"/>'s card (checked against calling
    /// hours and the do-not-call list, like any claim); null when none is due.</summary>
    ValueTask<CampaignContact?> ClaimForPreviewAsync(string campaignId, string operatorExtension, CancellationToken cancellationToken);

    /// <summary>Dials the claimed contact for the operator; returns the begun attempt, or null when it may not be dialled now
    /// (campaign paused, limit reached, outside hours): the contact is then deferred.</summary>
    ValueTask<CampaignAttempt?> DialClaimedAsync(string campaignId, CampaignContact claimed, string operatorExtension, CancellationToken cancellationToken);
}
