namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>The public endpoint's error codes, with the HTTP status each is sent with.</summary>
public static class CallbackRefusals
{
    public const string UnknownCampaign = "unknown_campaign";
    public const string CampaignPaused = "campaign_paused";
    public const string OriginNotAllowed = "origin_not_allowed";
    public const string ConsentRequired = "consent_required";
    public const string InvalidNumber = "invalid_number";
    public const string NoTariff = "no_tariff";
    public const string DestinationNotAllowed = "destination_not_allowed";
    public const string DoNotCall = "do_not_call";
    public const string DuplicateRequest = "duplicate_request";
    public const string RateLimited = "rate_limited";

    public static int HttpStatus(string code) => code switch
    {
        UnknownCampaign => 404,
        CampaignPaused or DuplicateRequest => 409,
        OriginNotAllowed => 403,
        RateLimited => 429,
        _ => 422,
    };
}
