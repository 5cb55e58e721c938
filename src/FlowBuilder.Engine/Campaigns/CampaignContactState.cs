namespace FlowBuilder.Engine.Campaigns;

/// <summary>Where one contact is in a campaign's work queue.</summary>
public enum CampaignContactState
{
    /// <summary>Due at <see cref="CampaignContact.NextAttemptAt"/>.</summary>
    Waiting,

    /// <summary>Taken by a dialer node (lease) to be checked and dialled; no attempt counted yet.</summary>
    Claimed,

    /// <summary>An attempt is in progress (counted).</summary>
    Dialling,

    /// <summary>Finished: answered, or its attempts are used up.</summary>
    Done,

    /// <summary>Never dialled: do-not-call list, blacklist, or the campaign ended first (<see cref="CampaignContact.Reason"/>).</summary>
    Skipped,
}
