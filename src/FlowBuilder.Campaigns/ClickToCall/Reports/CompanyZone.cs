using FlowBuilder.Campaigns.Dialing;
using NodaTime;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>The company's time zone (its profile's IANA id), UTC when it has none or an unknown one: invoices count days and
/// reminders show times in it.</summary>
internal static class CompanyZone
{
    public static DateTimeZone Find(string? zoneId) => CallingHours.FindZone(zoneId) ?? DateTimeZone.Utc;

    /// <summary>The instant the local day <paramref name="day"/> starts in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day, DateTimeZone zone) =>
        new LocalDate(day.Year, day.Month, day.Day).AtStartOfDayInZone(zone).ToDateTimeOffset();

    public static DateOnly Today(DateTimeOffset now, DateTimeZone zone)
    {
        var date = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public static string Local(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + $" ({zone.Id})";
}
