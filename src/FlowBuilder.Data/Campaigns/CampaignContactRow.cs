using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Campaigns;

/// <summary>One contact in a campaign's work queue; <see cref="QueueOrder"/> keeps the order it was enqueued in.</summary>
internal sealed class CampaignContactRow
{
    public string CompanyId { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string Phone { get; set; } = "";
    public string TimeZone { get; set; } = "UTC";
    public CampaignContactState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public AttemptDisposition? LastDisposition { get; set; }
    public string? Result { get; set; }
    public bool Converted { get; set; }
    public string? Reason { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? Operator { get; set; }
    public long QueueOrder { get; set; }

    public CampaignContact ToContact() => new(CampaignId, ContactId, Phone, TimeZone, State, Attempts, NextAttemptAt)
    {
        LastDisposition = LastDisposition,
        Result = Result,
        Converted = Converted,
        Reason = Reason,
        ClaimedBy = ClaimedBy,
        ClaimedUntil = ClaimedUntil,
        Operator = Operator,
    };
}
