using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.ClickToCall;
using NodaTime;

namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>A click-to-call campaign's hours (<see cref="ClickToCallCampaign.Hours"/>, read with <see cref="CallingHours"/> in its
/// time zone; an unknown zone reads as UTC).</summary>
internal static class ClickToCallHours
{
    /// <summary>When a request made at <paramref name="now"/> may be dialled: now when the hours are open, else their next opening
    /// (a day later when they never open, so the request is looked at again).</summary>
    public static DateTimeOffset DueAt(ClickToCallCampaign campaign, DateTimeOffset now)
    {
        var zone = CallingHours.FindZone(campaign.Hours.TimeZone) ?? DateTimeZone.Utc;
        if (CallingHours.IsOpen(campaign.Hours, zone, now)) return now;
        return CallingHours.NextOpen(campaign.Hours, zone, now) ?? now + TimeSpan.FromDays(1);
    }
}
