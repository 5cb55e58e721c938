namespace FlowBuilder.Server.Notifications;

/// <summary>Exponential backoff: <c>first × 2^(attempt−1)</c>, capped, plus up to 20 % jitter so retries of many
/// deliveries to one subscriber spread out.</summary>
internal static class RetrySchedule
{
    public static TimeSpan After(int attempt, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var delay = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (1 + Random.Shared.NextDouble() * 0.2));
    }
}
