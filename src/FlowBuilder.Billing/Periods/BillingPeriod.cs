using System.Globalization;

namespace FlowBuilder.Billing.Periods;

/// <summary>A billing period: one calendar month in the company's time zone, named <c>yyyy-MM</c>.</summary>
/// <param name="Start">The first instant (midnight of the 1st, in the time zone).</param>
/// <param name="End">The first instant of the next month (exclusive).</param>
public sealed record BillingPeriod(string Name, DateTimeOffset Start, DateTimeOffset End, string TimeZone)
{
    /// <summary>Parses <c>yyyy-MM</c>; false for anything else.</summary>
    public static bool TryParse(string? name, string timeZone, out BillingPeriod period)
    {
        period = null!;
        if (!DateOnly.TryParseExact(name + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        period = Of(first, timeZone);
        return true;
    }

    /// <summary>The period holding <paramref name="instant"/> in <paramref name="timeZone"/>.</summary>
    public static BillingPeriod Containing(DateTimeOffset instant, string timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone(timeZone));
        return Of(new DateOnly(local.Year, local.Month, 1), timeZone);
    }

    public BillingPeriod Previous() => Of(DateOnly.ParseExact(Name + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-1), TimeZone);

    private static BillingPeriod Of(DateOnly first, string timeZone)
    {
        var zone = Zone(timeZone);
        return new BillingPeriod(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), Midnight(first, zone), Midnight(first.AddMonths(1), zone), timeZone);
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
