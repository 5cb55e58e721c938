namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// Starts and steers campaigns; the API calls it, the dialer implements it.
/// <list type="bullet">
/// <item>Start (Draft → Scheduled/Active): checks the flow is published (pins its latest version), the groups exist and are not
/// empty, operator modes have operators and the flow has a <c>campaign.connect-operator</c> block; fills the work queue; Active
/// when its start time has come, else Scheduled (it turns Active by itself).</item>
/// <item>Pause (Scheduled/Active → Paused): no new call is placed; calls in progress go on to their end.</item>
/// <item>Resume (Paused → Scheduled/Active).</item>
/// <item>Stop (Scheduled/Active/Paused → Completed): waiting contacts are skipped (<c>campaign-stopped</c>); calls in progress go on.</item>
/// </list>
/// </summary>
public interface ICampaignControl
{
    ValueTask<CampaignCommandResult> StartAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    ValueTask<CampaignCommandResult> PauseAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    ValueTask<CampaignCommandResult> ResumeAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    ValueTask<CampaignCommandResult> StopAsync(string companyId, string campaignId, CancellationToken cancellationToken);

    /// <summary>What the dialer is doing for the campaign now; null when it is not dialling it on this node.</summary>
    CampaignLiveView? Live(string campaignId);
}
