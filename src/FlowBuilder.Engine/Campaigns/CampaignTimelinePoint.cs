namespace FlowBuilder.Engine.Campaigns;

/// <summary>Attempts that finished in one time bucket (for the live charts), by disposition.</summary>
public sealed record CampaignTimelinePoint(
    DateTimeOffset At,
    int Attempts,
    int Answered,
    int Busy,
    int NoAnswer,
    int Failed,
    int Abandoned,
    int Converted);
