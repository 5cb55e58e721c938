using System.Globalization;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Checks a schedule body: <c>HH:mm</c> hours with <c>to</c> after <c>from</c>, day names, an IANA time zone, start before end.
/// Errors name <c>schedule.…</c> fields, or those under <c>field</c> (click-to-call campaigns call theirs <c>hours</c>).</summary>
internal static class ScheduleRules
{
    public static CallingSchedule? Build(ScheduleBody? body, ValidationErrors errors, string field = "schedule")
    {
        var defaults = CallingSchedule.Default;
        if (body is null) return defaults;
        var from = body.From is null ? defaults.From : Time($"{field}.from", body.From, errors);
        var to = body.To is null ? defaults.To : Time($"{field}.to", body.To, errors);
        if (from is { } start && to is { } end && end <= start)
            errors.Add($"{field}.to", $"{field}.to ({end:HH:mm}) must be after {field}.from ({start:HH:mm}): calling hours are within one day.");
        var days = new List<DayOfWeek>();
        if (body.Days is null) days.AddRange(defaults.Days);
        else if (body.Days.Count == 0) errors.Add($"{field}.days", $"{field}.days is empty. List the days calls may be made on: {WeekDayNames.Allowed}.");
        for (var i = 0; i < (body.Days?.Count ?? 0); i++)
        {
            if (WeekDayNames.Parse(body.Days![i]) is { } day)
            {
                if (!days.Contains(day)) days.Add(day);
            }
            else errors.Add($"{field}.days[{i}]", $"Unknown day '{body.Days[i]}'. Use {WeekDayNames.Allowed}.");
        }
        var zone = string.IsNullOrWhiteSpace(body.TimeZone) ? defaults.TimeZone : body.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            errors.Add($"{field}.timeZone", $"Unknown time zone '{zone}'. Use an IANA name such as Europe/London or America/New_York.");
        if (body.StartAt is { } startAt && body.EndAt is { } endAt && endAt <= startAt)
            errors.Add($"{field}.endAt", $"{field}.endAt ({endAt:O}) must be after {field}.startAt ({startAt:O}).");
        if (errors.Any) return null;
        return new CallingSchedule(body.StartAt?.ToUniversalTime(), body.EndAt?.ToUniversalTime(), from!.Value, to!.Value, days, zone);
    }

    private static TimeOnly? Time(string field, string text, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add(field, $"{field} '{text}' is not a time. Write it as HH:mm on a 24-hour clock, e.g. 09:00 or 21:30.");
        return null;
    }
}
