using System.Globalization;

namespace FlowBuilder.Server.Billing;

/// <summary>
/// Reads instants from query strings: a day (<c>2026-11-01</c>, midnight in the company's time zone), a local date and time
/// (<c>2026-11-01T08:00</c>, in the company's time zone) or an instant with its offset (<c>2026-11-01T07:00:00Z</c>).
/// </summary>
internal static class QueryInstants
{
    public const string Examples = "a day (2026-11-01), a local time (2026-11-01T08:00) or an instant with offset (2026-11-01T07:00:00Z)";

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = InZone(day.ToDateTime(TimeOnly.MinValue), zone);
            return true;
        }
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)) return false;
        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            instant = InZone(parsed, zone);
            return true;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    /// <summary>Midnight of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone) => InZone(day.ToDateTime(TimeOnly.MinValue), zone);

    public static TimeZoneInfo Zone(string timeZone) => TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A wall-clock time of <paramref name="zone"/>; one that a DST gap skips is read as the moment after the gap.</summary>
    private static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(30);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
