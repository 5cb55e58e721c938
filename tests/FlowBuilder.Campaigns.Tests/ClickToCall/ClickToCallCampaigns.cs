using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>Campaigns for the tests: key "key-{id}", operators ext:101 then ext:102, client first, 3 client attempts 5 minutes
/// apart, open all day every day in UTC unless hours are given, 0.50 EUR per completed request, defaults country DE.</summary>
internal static class ClickToCallCampaigns
{
    public const string Company = "default";

    public static CallingSchedule AllDay { get; } = new(null, null, TimeOnly.MinValue, TimeOnly.MinValue, Enum.GetValues<DayOfWeek>(), "UTC");

    public static ClickToCallCampaign Campaign(string id = "c1", CallingSchedule? hours = null, FirstLeg firstLeg = FirstLeg.Client) =>
        new(id, Company, "Campaign " + id, "key-" + id, "click-to-call", firstLeg, ["ext:101", "ext:102"],
            new WaitingMessage("Please hold while we connect you."), new WaitingMessage("A visitor at {{input.client.phone}} asked to be called back."),
            new RetryRule(3, TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(15), hours ?? AllDay, 0.50m, "EUR", ClickToCallStatus.Active)
        {
            DefaultCountry = "DE",
            ConsentText = "Call me back about my order.",
        };
}
