using FlowBuilder.Engine.Campaigns;
using NodaTime;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// When a campaign may call a contact: <see cref="CallingSchedule.From"/>–<see cref="CallingSchedule.To"/> on
/// <see cref="CallingSchedule.Days"/> in the contact's zone, and only between <see cref="CallingSchedule.StartAt"/> and
/// <see cref="CallingSchedule.EndAt"/>. A window with From after To runs over midnight and belongs to the day it starts on;
/// From equal to To is the whole day. A window that starts at a local time a DST change skips opens when the gap ends; one that starts at a repeated local time opens at its first occurrence.
/// </summary>
public static class CallingHours
{
    /// <summary>The IANA zone (tzdb) with that id; null when there is none (a typo, a Windows zone name).</summary>
    public static DateTimeZone? FindZone(string? zoneId) =>
        string.IsNullOrWhiteSpace(zoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim());

    /// <summary>Whether a call may start at <paramref name="at"/> for a contact in <paramref name="zone"/>.</summary>
    public static bool IsOpen(CallingSchedule schedule, DateTimeZone zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        if (schedule.StartAt is { } startAt && at < startAt) return false;
        if (schedule.EndAt is { } endAt && at >= endAt) return false;
        var local = Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
        var time = TimeOnly.FromTimeSpan(TimeSpan.FromTicks(local.TimeOfDay.TickOfDay));
        var today = ToDayOfWeek(local.DayOfWeek);
        if (schedule.From == schedule.To) return schedule.Days.Contains(today);
        if (schedule.From < schedule.To) return schedule.Days.Contains(today) && time >= schedule.From && time < schedule.To;
        var yesterday = ToDayOfWeek(local.Date.PlusDays(-1).DayOfWeek);
        return (schedule.Days.Contains(today) && time >= schedule.From) || (schedule.Days.Contains(yesterday) && time < schedule.To);
    }

    /// <summary>The first instant at or after <paramref name="after"/> when a call may start for a contact in
    /// <paramref name="zone"/>; null when there is none before the schedule's end (or it has no days).</summary>
    public static DateTimeOffset? NextOpen(CallingSchedule schedule, DateTimeZone zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        if (schedule.Days.Count == 0) return null;
        if (schedule.StartAt is { } startAt && after < startAt) after = startAt;
        if (schedule.EndAt is { } endAt && after >= endAt) return null;
        if (IsOpen(schedule, zone, after)) return after;
        var localDate = Instant.FromDateTimeOffset(after).InZone(zone).Date;
        DateTimeOffset? best = null;
        var from = LocalTime.FromTicksSinceMidnight(schedule.From.Ticks);
        for (var day = -1; day <= 8; day++)
        {
            var date = localDate.PlusDays(day);
            if (!schedule.Days.Contains(ToDayOfWeek(date.DayOfWeek))) continue;
            var mapping = zone.MapLocal(date + from);
            var start = (mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant()).ToDateTimeOffset();
            if (start <= after || (best is { } known && start >= known)) continue;
            if (IsOpen(schedule, zone, start)) best = start;
        }
        return best is { } next && (schedule.EndAt is not { } end || next < end) ? next : null;
    }

    private static DayOfWeek ToDayOfWeek(IsoDayOfWeek day) => (DayOfWeek)((int)day % 7);
}
