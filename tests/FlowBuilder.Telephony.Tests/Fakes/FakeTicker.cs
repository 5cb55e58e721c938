using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.Telephony.Tests.Fakes;

/// <summary>
/// A ticker the test advances: <see cref="AdvanceAsync"/> releases ticks one at a time and returns once the loop
/// has handled the last one and is waiting again, so assertions after it see every packet.
/// </summary>
internal sealed class FakeTicker : IPacingTicker
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private TaskCompletionSource<bool> _tick = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Ticks { get; private set; }

    public ValueTask<bool> WaitForNextTickAsync(CancellationToken cancellationToken = default)
    {
        Task<bool> tick;
        lock (_gate)
        {
            tick = _tick.Task;
            _waiting.TrySetResult();
        }
        return new ValueTask<bool>(tick.WaitAsync(cancellationToken));
    }

    public async Task AdvanceAsync(int ticks = 1)
    {
        for (var i = 0; i < ticks; i++)
        {
            Task waiting;
            lock (_gate) waiting = _waiting.Task;
            await waiting.WaitAsync(Guard);
            TaskCompletionSource<bool> due;
            lock (_gate)
            {
                due = _tick;
                _tick = new(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            Ticks++;
            due.SetResult(true);
        }
        Task parked;
        lock (_gate) parked = _waiting.Task;
        await parked.WaitAsync(Guard);
    }

    /// <summary>Ends the loop the way a stopped <see cref="PeriodicTimer"/> does.</summary>
    public void Stop()
    {
        lock (_gate) _tick.TrySetResult(false);
    }
}
