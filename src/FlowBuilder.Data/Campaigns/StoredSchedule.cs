using System.Globalization;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Campaigns;

/// <summary>A calling schedule as its JSON column holds it: times as <c>HH:mm:ss</c>, instants as UTC ticks, days by name.</summary>
internal sealed record StoredSchedule(long? StartAt, long? EndAt, string From, string To, IReadOnlyList<DayOfWeek> Days, string TimeZone)
{
    public static StoredSchedule Of(CallingSchedule schedule) => new(
        schedule.StartAt?.UtcTicks, schedule.EndAt?.UtcTicks,
        schedule.From.ToString("HH:mm:ss", CultureInfo.InvariantCulture), schedule.To.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        schedule.Days, schedule.TimeZone);

    public CallingSchedule ToSchedule() => new(
        StartAt is { } start ? new DateTimeOffset(start, TimeSpan.Zero) : null,
        EndAt is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : null,
        TimeOnly.ParseExact(From, "HH:mm:ss", CultureInfo.InvariantCulture),
        TimeOnly.ParseExact(To, "HH:mm:ss", CultureInfo.InvariantCulture),
        Days, TimeZone);
}
