using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>When calls are placed: <c>{ "from": "09:00", "to": "18:00", "days": ["monday"], "timeZone": "Europe/Berlin" }</c>.</summary>
internal sealed record HoursBody(string? From, string? To, IReadOnlyList<string>? Days, string? TimeZone)
{
    public static HoursBody Of(CallingSchedule hours) => new(
        hours.From.ToString("HH:mm", null), hours.To.ToString("HH:mm", null), hours.Days.Select(WeekDayNames.Name).ToList(), hours.TimeZone);
}
