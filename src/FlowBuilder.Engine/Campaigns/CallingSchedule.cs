namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// When a campaign may call. <see cref="From"/>–<see cref="To"/> on <see cref="Days"/> are read in each contact's own time zone
/// (the contact's, else its group's default, else <see cref="TimeZone"/>); a call is only ever started inside that window.
/// </summary>
/// <param name="StartAt">No call before; null: as soon as it is started.</param>
/// <param name="EndAt">No call after; the campaign completes then. Null: when every contact is finished.</param>
/// <param name="TimeZone">IANA zone of the campaign (default for contacts without one).</param>
public sealed record CallingSchedule(
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    TimeOnly From,
    TimeOnly To,
    IReadOnlyList<DayOfWeek> Days,
    string TimeZone = "UTC")
{
    /// <summary>09:00–21:00 every day, UTC.</summary>
    public static CallingSchedule Default { get; } = new(null, null, new TimeOnly(9, 0), new TimeOnly(21, 0), Enum.GetValues<DayOfWeek>(), "UTC");
}
