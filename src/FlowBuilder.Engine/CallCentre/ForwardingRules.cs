namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// Evaluates an <see cref="ExtensionForwarding"/>: where a call goes before the extension rings (a matching schedule entry, else
/// <see cref="ExtensionForwarding.Always"/>), and after it rang (busy, no answer).
/// </summary>
public static class ForwardingRules
{
    /// <summary>How many times one call may be forwarded (including transfers' forwarding) before forwarding stops.</summary>
    public const int MaxHops = 5;

    /// <summary>
    /// The target calls go to instead of ringing the extension at <paramref name="now"/>: the first schedule entry in force, else
    /// <see cref="ExtensionForwarding.Always"/>; null to ring the extension. False with <paramref name="error"/> when the
    /// forwarding's time zone is unknown (the extension then rings).
    /// </summary>
    public static bool TryFindImmediate(ExtensionForwarding forwarding, DateTimeOffset now, out string? target, out string? error)
    {
        ArgumentNullException.ThrowIfNull(forwarding);
        target = null;
        error = null;
        if (forwarding.Schedule is { Count: > 0 } schedule)
        {
            if (!TryFindZone(forwarding.TimeZone, out var zone, out error)) return false;
            var local = TimeZoneInfo.ConvertTime(now, zone);
            target = schedule.FirstOrDefault(entry => IsInForce(entry, local.DateTime))?.Target;
        }
        target ??= Blank(forwarding.Always);
        return true;
    }

    /// <summary>Where a call goes when the extension was busy; null for nowhere.</summary>
    public static string? OnBusy(ExtensionForwarding forwarding) => Blank(forwarding.OnBusy);

    /// <summary>Where a call goes when the extension did not answer (or is not registered); null for nowhere.</summary>
    public static string? OnNoAnswer(ExtensionForwarding forwarding) => Blank(forwarding.OnNoAnswer);

    /// <summary>
    /// Whether <paramref name="entry"/> is in force at the local time <paramref name="local"/>. <see cref="ScheduledForward.Days"/>
    /// name the day a span starts: Friday 22:00–06:00 covers Friday night and Saturday until 06:00. From equal to To is the whole day.
    /// </summary>
    public static bool IsInForce(ScheduledForward entry, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var time = TimeOnly.FromDateTime(local);
        var day = local.DayOfWeek;
        if (entry.From == entry.To) return entry.Days.Contains(day);
        if (entry.From < entry.To) return entry.Days.Contains(day) && time >= entry.From && time < entry.To;
        var yesterday = (DayOfWeek)(((int)day + 6) % 7);
        return (entry.Days.Contains(day) && time >= entry.From) || (entry.Days.Contains(yesterday) && time < entry.To);
    }

    /// <summary>The IANA (or Windows) time zone; UTC for null or blank.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone, out string? error)
    {
        error = null;
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)) return true;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var found))
        {
            zone = found;
            return true;
        }
        error = $"Time zone '{id}' is unknown: use an IANA name such as Europe/Berlin or America/New_York.";
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
