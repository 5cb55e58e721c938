namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>The pacing loop's clock: completes once per 20 ms tick, like <see cref="PeriodicTimer"/>.</summary>
public interface IPacingTicker
{
    /// <summary>Waits for the next tick; false when the ticker is stopped.</summary>
    ValueTask<bool> WaitForNextTickAsync(CancellationToken cancellationToken = default);
}
