using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>One callback request: consent and direction as columns (so reports can group by country), status as text.</summary>
internal sealed class CallbackRequestRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string ClientPhone { get; set; } = "";
    public CallbackRequestStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string ConsentText { get; set; } = "";
    public DateTimeOffset ConsentGivenAt { get; set; }
    public string ConsentSourceAddress { get; set; } = "";
    public string? ConsentPageUrl { get; set; }
    public string? ConsentUserAgent { get; set; }
    public string DirectionCountry { get; set; } = "";
    public string DirectionCountryName { get; set; } = "";
    public string? DirectionRegion { get; set; }
    public string? DirectionCarrier { get; set; }
    public bool DirectionMobile { get; set; }
    public FirstLeg FirstLeg { get; set; }
    public string? CallbackOperator { get; set; }
    public string Source { get; set; } = "";
    public string? Destination { get; set; }
    public string? Reason { get; set; }
    public string? InstanceId { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? FirstCalledAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public double TalkSeconds { get; set; }
    public decimal? Price { get; set; }
    public string? Currency { get; set; }
    public DateTimeOffset? RemindAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static CallbackRequestRow Of(CallbackRequest request) => new()
    {
        Id = request.Id,
        CompanyId = request.CompanyId,
        CampaignId = request.CampaignId,
        ClientPhone = request.ClientPhone,
        Status = request.Status,
        Attempts = request.Attempts,
        CreatedAt = request.CreatedAt,
        NextAttemptAt = request.NextAttemptAt,
        ConsentText = request.Consent.Text,
        ConsentGivenAt = request.Consent.GivenAt,
        ConsentSourceAddress = request.Consent.SourceAddress,
        ConsentPageUrl = request.Consent.PageUrl,
        ConsentUserAgent = request.Consent.UserAgent,
        DirectionCountry = request.Direction.Country,
        DirectionCountryName = request.Direction.CountryName,
        DirectionRegion = request.Direction.Region,
        DirectionCarrier = request.Direction.Carrier,
        DirectionMobile = request.Direction.Mobile,
        FirstLeg = request.FirstLeg,
        CallbackOperator = request.CallbackOperator,
        Source = request.Source,
        Destination = request.Destination,
        Reason = request.Reason,
        InstanceId = request.InstanceId,
        ClaimedBy = request.ClaimedBy,
        ClaimedUntil = request.ClaimedUntil,
        FirstCalledAt = request.FirstCalledAt,
        CompletedAt = request.CompletedAt,
        TalkSeconds = request.TalkSeconds,
        Price = request.Price,
        Currency = request.Currency,
        RemindAt = request.RemindAt,
        RemindedAt = request.RemindedAt,
        UpdatedAt = request.UpdatedAt,
    };

    public CallbackRequest ToRequest() => new(
        Id, CompanyId, CampaignId, ClientPhone, Status, Attempts, CreatedAt, NextAttemptAt,
        new CallbackConsent(ConsentText, ConsentGivenAt, ConsentSourceAddress, ConsentPageUrl, ConsentUserAgent),
        new PhoneDirection(DirectionCountry, DirectionCountryName, DirectionRegion, DirectionCarrier, DirectionMobile))
    {
        FirstLeg = FirstLeg,
        CallbackOperator = CallbackOperator,
        Source = Source,
        Destination = Destination,
        Reason = Reason,
        InstanceId = InstanceId,
        ClaimedBy = ClaimedBy,
        ClaimedUntil = ClaimedUntil,
        FirstCalledAt = FirstCalledAt,
        CompletedAt = CompletedAt,
        TalkSeconds = TalkSeconds,
        Price = Price is { } price ? ColumnDecimal.Exact(price) : null,
        Currency = Currency,
        RemindAt = RemindAt,
        RemindedAt = RemindedAt,
        UpdatedAt = UpdatedAt,
    };
}
