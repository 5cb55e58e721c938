namespace FlowBuilder.Engine.Campaigns;

/// <summary>Raw counts of a campaign's work queue and attempts, as the store aggregates them; <see cref="CampaignStatistics"/> derives the rates.</summary>
/// <param name="Contacts">Contacts in the work queue.</param>
/// <param name="DialledContacts">Contacts with at least one attempt.</param>
/// <param name="ReachedContacts">Contacts with an answered attempt.</param>
/// <param name="ConvertedContacts">Contacts whose answered attempt was a conversion.</param>
/// <param name="InProgress">Attempts begun and not finished (calls ringing or talking now).</param>
/// <param name="TalkSeconds">Sum over answered attempts.</param>
public sealed record CampaignCounts(
    long Contacts,
    long Waiting,
    long Dialling,
    long Done,
    long Skipped,
    long DialledContacts,
    long ReachedContacts,
    long ConvertedContacts,
    long Attempts,
    long Answered,
    long Busy,
    long NoAnswer,
    long Failed,
    long Abandoned,
    long Interrupted,
    long InProgress,
    double TalkSeconds)
{
    public static CampaignCounts Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
