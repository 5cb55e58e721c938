namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>A banner's request as it arrived at the public endpoint.</summary>
/// <param name="SourceAddress">The client's IP address (rate limits, consent record).</param>
/// <param name="Origin">The page's Origin header (checked against the campaign's allowed origins); null when absent.</param>
public sealed record CallbackSubmission(
    string CampaignKey,
    string Phone,
    bool Consent,
    string SourceAddress,
    string? PageUrl = null,
    string? UserAgent = null,
    string? Origin = null);
