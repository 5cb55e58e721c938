using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Campaigns;

/// <summary>One campaign: settings as columns, lists, schedule and retry policy as JSON text.</summary>
internal sealed class CampaignRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string FlowId { get; set; } = "";
    public int? FlowVersion { get; set; }
    public string GroupIdsJson { get; set; } = "[]";
    public CampaignMode Mode { get; set; }
    public string ScheduleJson { get; set; } = "{}";
    public int MaxConcurrentCalls { get; set; }
    public string? CallerId { get; set; }
    public string? Trunk { get; set; }
    public string? Channel { get; set; }
    public int RingSeconds { get; set; }
    public string RetryJson { get; set; } = "{}";
    public string OperatorsJson { get; set; } = "[]";
    public CampaignStatus Status { get; set; }
    public double AbandonLimit { get; set; }
    public string ConversionResultsJson { get; set; } = "[]";
    public string DispositionCodesJson { get; set; } = "[]";
    public int WrapUpSeconds { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public static CampaignRow Of(Campaign campaign) => new CampaignRow { Id = campaign.Id }.CopyFrom(campaign);

    public CampaignRow CopyFrom(Campaign campaign)
    {
        CompanyId = campaign.CompanyId;
        Name = campaign.Name;
        Description = campaign.Description;
        FlowId = campaign.FlowId;
        FlowVersion = campaign.FlowVersion;
        GroupIdsJson = ColumnJson.Write(campaign.GroupIds);
        Mode = campaign.Mode;
        ScheduleJson = ColumnJson.Write(StoredSchedule.Of(campaign.Schedule));
        MaxConcurrentCalls = campaign.MaxConcurrentCalls;
        CallerId = campaign.CallerId;
        Trunk = campaign.Trunk;
        Channel = campaign.Channel;
        RingSeconds = campaign.RingSeconds;
        RetryJson = ColumnJson.Write(StoredRetry.From(campaign.Retry));
        OperatorsJson = ColumnJson.Write(campaign.Operators);
        Status = campaign.Status;
        AbandonLimit = campaign.AbandonLimit;
        ConversionResultsJson = ColumnJson.Write(campaign.ConversionResults);
        DispositionCodesJson = ColumnJson.Write(campaign.DispositionCodes);
        WrapUpSeconds = campaign.WrapUpSeconds;
        Error = campaign.Error;
        CreatedAt = campaign.CreatedAt;
        UpdatedAt = campaign.UpdatedAt;
        StartedAt = campaign.StartedAt;
        CompletedAt = campaign.CompletedAt;
        return this;
    }

    public Campaign ToCampaign() => new(Id, CompanyId, Name, FlowId, FlowVersion, ColumnJson.Read<List<string>>(GroupIdsJson), Mode,
        ColumnJson.Read<StoredSchedule>(ScheduleJson).ToSchedule(), MaxConcurrentCalls, CallerId, ColumnJson.Read<StoredRetry>(RetryJson).ToPolicy(),
        ColumnJson.Read<List<string>>(OperatorsJson), Status)
    {
        Description = Description,
        AbandonLimit = AbandonLimit,
        RingSeconds = RingSeconds,
        Trunk = Trunk,
        Channel = Channel,
        ConversionResults = ColumnJson.Read<List<string>>(ConversionResultsJson),
        DispositionCodes = ColumnJson.Read<List<string>>(DispositionCodesJson),
        WrapUpSeconds = WrapUpSeconds,
        Error = Error,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        StartedAt = StartedAt,
        CompletedAt = CompletedAt,
    };
}
