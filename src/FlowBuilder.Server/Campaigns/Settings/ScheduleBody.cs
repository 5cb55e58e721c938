using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Calling schedule in requests and answers: <c>{ "from": "09:00", "to": "21:00", "days": ["monday"], "timeZone": "Europe/London" }</c>.
/// Hours are read in each contact's time zone; <c>timeZone</c> (IANA) is for contacts without one.</summary>
internal sealed record ScheduleBody(DateTimeOffset? StartAt, DateTimeOffset? EndAt, string? From, string? To, IReadOnlyList<string>? Days, string? TimeZone)
{
    public static ScheduleBody Of(CallingSchedule schedule) => new(schedule.StartAt, schedule.EndAt,
        schedule.From.ToString("HH:mm", null), schedule.To.ToString("HH:mm", null), schedule.Days.Select(WeekDayNames.Name).ToList(), schedule.TimeZone);
}
