namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// Ticks on an absolute grid: tick n is due at start + n × interval, measured on the monotonic clock of the
/// injected <see cref="TimeProvider"/>, so a late wake-up does not push later ticks back (no drift). When the
/// loop falls more than <see cref="MaxCatchUpTicks"/> behind, the missed ticks are dropped and it rejoins the
/// grid at the next deadline instead of sending a burst. Use from one loop at a time.
/// </summary>
public sealed class PacingTicker : IPacingTicker, IDisposable
{
    public const int MaxCatchUpTicks = PacingGrid.MaxCatchUpTicks;

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly CancellationTokenSource _stopped = new();
    private long _tick;

    /// <param name="interval">Defaults to 20 ms.</param>
    public PacingTicker(TimeProvider? timeProvider = null, TimeSpan? interval = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        Interval = interval ?? TimeSpan.FromMilliseconds(20);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Interval, TimeSpan.Zero, nameof(interval));
        _start = _time.GetTimestamp();
    }

    public TimeSpan Interval { get; }

    /// <summary>When the tick last waited for is (or was) due, counted from when the ticker was created.</summary>
    public TimeSpan Deadline => Interval * _tick;

    public async ValueTask<bool> WaitForNextTickAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped.IsCancellationRequested) return false;
        var elapsed = _time.GetElapsedTime(_start);
        _tick = PacingGrid.NextTick(_tick, elapsed.Ticks, Interval.Ticks);
        var remaining = Deadline - elapsed;
        if (remaining <= TimeSpan.Zero) return true;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopped.Token);
        try
        {
            await Task.Delay(remaining, _time, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        return true;
    }

    /// <summary>Stops the ticker: pending and later waits return false.</summary>
    public void Dispose() => _stopped.Cancel();
}
