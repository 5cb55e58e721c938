namespace FlowBuilder.Server.Notifications;

/// <summary>Exponential backoff: <c>first × 2^(attempt−1)</c>, capped, plus up to 20 % jitter (in whole milliseconds) so retries of many
/// deliveries to one subscriber spread out.</summary>
internal static class RetrySchedule
{
    public static TimeSpan After(int attempt, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var delay = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(Math.Floor(delay * (1 + Random.Shared.NextDouble() * 0.2))); // whole milliseconds, as timers count them
    }
}
