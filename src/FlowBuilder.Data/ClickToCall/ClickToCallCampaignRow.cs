using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>One click-to-call campaign: settings as columns; operators, messages, retry, hours, origins and comment types as
/// JSON text (hours as <see cref="StoredSchedule"/>, the client retry as <see cref="StoredRetry.Rule"/>).</summary>
internal sealed class ClickToCallCampaignRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
    public string FlowId { get; set; } = "";
    public int? FlowVersion { get; set; }
    public FirstLeg FirstLeg { get; set; }
    public string OperatorsJson { get; set; } = "[]";
    public string ClientMessageJson { get; set; } = "{}";
    public string CompanyMessageJson { get; set; } = "{}";
    public string ClientRetryJson { get; set; } = "{}";
    public double? ReminderAfterSeconds { get; set; }
    public string HoursJson { get; set; } = "{}";
    public decimal Price { get; set; }
    public string Currency { get; set; } = "";
    public ClickToCallStatus Status { get; set; }
    public string? Description { get; set; }
    public string? ClientCallerId { get; set; }
    public string? CompanyCallerId { get; set; }
    public string? Trunk { get; set; }
    public int RingSeconds { get; set; }
    public string DefaultCountry { get; set; } = "";
    public string AllowedOriginsJson { get; set; } = "[]";
    public string ConsentText { get; set; } = "";
    public string? ReminderEmail { get; set; }
    public string CommentTypesJson { get; set; } = "[]";
    public string WidgetTitle { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static ClickToCallCampaignRow Of(ClickToCallCampaign campaign) => new ClickToCallCampaignRow { Id = campaign.Id }.CopyFrom(campaign);

    public ClickToCallCampaignRow CopyFrom(ClickToCallCampaign campaign)
    {
        CompanyId = campaign.CompanyId;
        Name = campaign.Name;
        Key = campaign.Key;
        FlowId = campaign.FlowId;
        FlowVersion = campaign.FlowVersion;
        FirstLeg = campaign.FirstLeg;
        OperatorsJson = ColumnJson.Write(campaign.Operators);
        ClientMessageJson = ColumnJson.Write(campaign.ClientMessage);
        CompanyMessageJson = ColumnJson.Write(campaign.CompanyMessage);
        ClientRetryJson = ColumnJson.Write(StoredRetry.Rule.From(campaign.ClientRetry));
        ReminderAfterSeconds = campaign.ReminderAfter?.TotalSeconds;
        HoursJson = ColumnJson.Write(StoredSchedule.Of(campaign.Hours));
        Price = campaign.Price;
        Currency = campaign.Currency;
        Status = campaign.Status;
        Description = campaign.Description;
        ClientCallerId = campaign.ClientCallerId;
        CompanyCallerId = campaign.CompanyCallerId;
        Trunk = campaign.Trunk;
        RingSeconds = campaign.RingSeconds;
        DefaultCountry = campaign.DefaultCountry;
        AllowedOriginsJson = ColumnJson.Write(campaign.AllowedOrigins);
        ConsentText = campaign.ConsentText;
        ReminderEmail = campaign.ReminderEmail;
        CommentTypesJson = ColumnJson.Write(campaign.CommentTypes);
        WidgetTitle = campaign.WidgetTitle;
        CreatedAt = campaign.CreatedAt;
        UpdatedAt = campaign.UpdatedAt;
        return this;
    }

    public ClickToCallCampaign ToCampaign() => new(
        Id, CompanyId, Name, Key, FlowId, FirstLeg, ColumnJson.Read<List<string>>(OperatorsJson),
        ColumnJson.Read<WaitingMessage>(ClientMessageJson), ColumnJson.Read<WaitingMessage>(CompanyMessageJson),
        ColumnJson.Read<StoredRetry.Rule>(ClientRetryJson).ToRule(),
        ReminderAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        ColumnJson.Read<StoredSchedule>(HoursJson).ToSchedule(), ColumnDecimal.Exact(Price), Currency, Status)
    {
        FlowVersion = FlowVersion,
        Description = Description,
        ClientCallerId = ClientCallerId,
        CompanyCallerId = CompanyCallerId,
        Trunk = Trunk,
        RingSeconds = RingSeconds,
        DefaultCountry = DefaultCountry,
        AllowedOrigins = ColumnJson.Read<List<string>>(AllowedOriginsJson),
        ConsentText = ConsentText,
        ReminderEmail = ReminderEmail,
        CommentTypes = ColumnJson.Read<List<CommentType>>(CommentTypesJson),
        WidgetTitle = WidgetTitle,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };
}
