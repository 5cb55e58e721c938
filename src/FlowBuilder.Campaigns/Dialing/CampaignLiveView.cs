namespace FlowBuilder.Campaigns.Dialing;

/// <summary>The dialer's live state of one campaign on this node.</summary>
/// <param name="CallsInProgress">Attempts ringing or talking now (never above the campaign's limit).</param>
/// <param name="PacingRatio">Predictive: calls placed per free operator now (1 for progressive, 0 otherwise).</param>
/// <param name="RecentAbandonmentRate">Predictive: abandoned / live-answered over the pacing window.</param>
/// <param name="NextDueAt">When the next waiting contact is due (calling hours, retry pauses); null when none waits.</param>
public sealed record CampaignLiveView(
    string CampaignId,
    int CallsInProgress,
    int MaxConcurrentCalls,
    int OperatorsReady,
    int OperatorsBusy,
    double PacingRatio,
    double RecentAbandonmentRate,
    DateTimeOffset? NextDueAt);
