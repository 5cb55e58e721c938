namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// The tick schedule both tickers share: tick n is due at start + n × period (no drift). A loop that is more than
/// <see cref="MaxCatchUpTicks"/> ticks behind drops the missed ticks and rejoins the grid at the latest tick already
/// due, instead of sending a burst; a loop less far behind catches up with back-to-back ticks.
/// Times are in any unit, as long as all of them use the same one.
/// </summary>
internal static class PacingGrid
{
    public const int MaxCatchUpTicks = 3;

    /// <summary>The tick to wait for after <paramref name="previousTick"/>, <paramref name="elapsed"/> after the start.</summary>
    public static long NextTick(long previousTick, long elapsed, long period)
    {
        var next = previousTick + 1;
        var late = elapsed / period - next;
        return late > MaxCatchUpTicks ? next + late : next;
    }

    /// <summary>When <paramref name="tick"/> is due, counted from the start.</summary>
    public static long Deadline(long tick, long period) => tick * period;
}
