using System.Globalization;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Takes "open" or "closed" by the current time in a time zone, the opening hours and the holidays.</summary>
[Activity("control.business-hours", Category = "Control", DisplayName = "Business Hours",
    Description = "Goes on along 'open' when now, in the time zone, falls in one of the opening-hours rows and is not a holiday; 'closed' otherwise.")]
[Outcomes("open", "closed")]
[Output("localTime", "string", Description = "Now in the time zone, e.g. 2026-12-07T18:05:00+01:00.")]
public sealed class BusinessHours : Activity<BusinessHours.Inputs>
{
    public sealed record Inputs(
        IReadOnlyList<OpeningHours> Hours,
        [property: Input(DisplayName = "Time zone", Description = "IANA name, e.g. Europe/London; default UTC.")] Expression<string>? TimeZone = null,
        [property: Input(Description = "Closed all day on these dates (yyyy-MM-dd).")] IReadOnlyList<string>? Holidays = null);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var zoneName = context.Eval(inputs.TimeZone, "UTC");
        if (string.IsNullOrWhiteSpace(zoneName)) zoneName = "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
            return ValueTask.FromResult(Outcome.Fault($"Unknown time zone '{zoneName}': use an IANA name such as Europe/London or America/New_York."));
        var now = TimeZoneInfo.ConvertTime(context.Time.GetUtcNow(), zone);
        context.SetOutput("localTime", now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        var today = DateOnly.FromDateTime(now.DateTime);
        foreach (var holiday in inputs.Holidays ?? [])
        {
            if (!DateOnly.TryParseExact(holiday, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return ValueTask.FromResult(Outcome.Fault($"Holiday '{holiday}' is not a date like 2026-12-25."));
            if (date == today) return ValueTask.FromResult(Outcome.To("closed"));
        }
        for (var i = 0; i < inputs.Hours.Count; i++)
        {
            var row = inputs.Hours[i];
            if (!TryParseDays(row.Days, out var days)) return ValueTask.FromResult(Outcome.Fault($"hours[{i}].days '{row.Days}' is not like mon-fri or mon,wed,fri."));
            if (!TimeOnly.TryParseExact(row.From, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                return ValueTask.FromResult(Outcome.Fault($"hours[{i}].from '{row.From}' is not a time like 09:00."));
            if (!TimeOnly.TryParseExact(row.To, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
                return ValueTask.FromResult(Outcome.Fault($"hours[{i}].to '{row.To}' is not a time like 17:30."));
            if (IsOpen(now.DateTime, days, from, to)) return ValueTask.FromResult(Outcome.To("open"));
        }
        return ValueTask.FromResult(Outcome.To("closed"));
    }

    /// <summary>Open when the time is in [from, to) on one of the days; a span past midnight belongs to the day it starts.</summary>
    private static bool IsOpen(DateTime local, HashSet<DayOfWeek> days, TimeOnly from, TimeOnly to)
    {
        var time = TimeOnly.FromDateTime(local);
        if (from <= to) return days.Contains(local.DayOfWeek) && time >= from && time < to;
        return (days.Contains(local.DayOfWeek) && time >= from) || (days.Contains(local.AddDays(-1).DayOfWeek) && time < to);
    }

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static bool TryParseDays(string text, out HashSet<DayOfWeek> days)
    {
        days = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2) return false;
            var first = Array.IndexOf(DayNames, range[0].ToLowerInvariant()[..Math.Min(3, range[0].Length)]);
            var last = range.Length == 2 ? Array.IndexOf(DayNames, range[1].ToLowerInvariant()[..Math.Min(3, range[1].Length)]) : first;
            if (first < 0 || last < 0) return false;
            for (var day = first; ; day = (day + 1) % 7)
            {
                days.Add((DayOfWeek)day);
                if (day == last) break;
            }
        }
        return days.Count > 0;
    }
}
