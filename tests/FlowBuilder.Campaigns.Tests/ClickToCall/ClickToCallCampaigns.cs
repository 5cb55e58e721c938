using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>Campaigns for the tests: key "key-{id}", operators ext:101 then ext:102, client first, 3 client attempts 5 minutes
/// apart, open all day every day in UTC unless hours are given, 0.50 EUR per completed request, defaults country DE.</summary>
internal static class ClickToCallCampaigns
{
    public const string Company = "default";

    /// <summary>The number the requests of <see cref="Request"/> call back (a German mobile).</summary>
    public const string Client = "+4915123456789";

    public static CallingSchedule AllDay { get; } = new(null, null, TimeOnly.MinValue, TimeOnly.MinValue, Enum.GetValues<DayOfWeek>(), "UTC");

    public static ClickToCallCampaign Campaign(string id = "c1", CallingSchedule? hours = null, FirstLeg firstLeg = FirstLeg.Client) =>
        new(id, Company, "Campaign " + id, "key-" + id, "click-to-call", firstLeg, ["ext:101", "ext:102"],
            new WaitingMessage("Please hold while we connect you."), new WaitingMessage("A visitor at {{input.client.phone}} asked to be called back."),
            new RetryRule(3, TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(15), hours ?? AllDay, 0.50m, "EUR", ClickToCallStatus.Active)
        {
            DefaultCountry = "DE",
            ConsentText = "Call me back about my order.",
        };

    /// <summary>A request of campaign c1 for <see cref="Client"/> as if stored earlier: made and updated at <paramref name="at"/>, consent
    /// "ok" from 203.0.113.7 given at <paramref name="consentAt"/> (default <paramref name="at"/>), a German mobile.</summary>
    public static CallbackRequest Request(string id, CallbackRequestStatus status, int attempts, DateTimeOffset at, DateTimeOffset? consentAt = null) =>
        new(id, Company, "c1", Client, status, attempts, at, at, new CallbackConsent("ok", consentAt ?? at, "203.0.113.7"),
            new PhoneDirection("DE", "Germany", null, null, true));
}
