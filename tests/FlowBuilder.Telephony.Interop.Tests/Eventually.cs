namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>Waits for a condition about a real peer (RTP counters, a server view) that no event reports.</summary>
internal static class Eventually
{
    /// <summary>Checks <paramref name="condition"/> every 20 ms until it holds; fails after <paramref name="timeout"/> with <paramref name="diagnostics"/>.</summary>
    public static async Task HoldsAsync(Func<bool> condition, Func<string> diagnostics, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await timer.WaitForNextTickAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Condition not met within {timeout.TotalSeconds} s.{Environment.NewLine}{diagnostics()}");
            }
        }
    }
}
