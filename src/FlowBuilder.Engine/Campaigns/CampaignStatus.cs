namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// A campaign's life: Draft (editable) → Scheduled (started, waiting for its start time) → Active (dialling) ⇄ Paused →
/// Completed (every contact finished, the end time passed, or stopped); Error when it cannot go on (its flow was deleted…);
/// Archived (read-only, hidden from the default list).
/// </summary>
public enum CampaignStatus
{
    Draft,
    Scheduled,
    Active,
    Paused,
    Completed,
    Error,
    Archived,
}
