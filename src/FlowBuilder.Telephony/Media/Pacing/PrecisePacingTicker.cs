using System.Diagnostics;
using System.Threading.Tasks.Sources;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// A ticker for production pacing: one dedicated background thread named "rtp-pacer" (not the thread pool) waits
/// for each deadline on the <see cref="Stopwatch"/> grid — tick n is due <c>n × period</c> after the first
/// <see cref="WaitForNextTickAsync"/> — by sleeping until <c>spinWindow</c> before it and spinning the rest.
/// Behind by at most <see cref="PacingTicker.MaxCatchUpTicks"/> ticks it ticks back to back to catch up; further
/// behind, it drops the missed ticks and rejoins the grid (no burst). A tick that fires while nobody waits is kept
/// for the next wait, up to that same number.
/// <para>
/// A loop that awaits with <c>ConfigureAwait(false)</c>, as <see cref="RtpPacer"/> does, runs its continuation on
/// the ticker thread itself: the whole tick's work happens there, and the next deadline is computed after it.
/// Use from one loop at a time. Dispose stops the thread (and waits for it unless called on it).
/// </para>
/// </summary>
public sealed class PrecisePacingTicker : IPacingTicker, IDisposable, IValueTaskSource<bool>
{
    /// <summary>The SCHED_FIFO priority used with <c>realtime</c>: low among real-time threads (1-99).</summary>
    public const int RealtimePriority = 10;

    public const string ThreadName = "rtp-pacer";

    private readonly Lock _gate = new();
    private readonly ManualResetEventSlim _begin = new(false, spinCount: 1);
    private readonly ManualResetEventSlim _stop = new(false, spinCount: 1);
    private readonly long _period;
    private readonly long _spinWindow;
    private readonly Thread _thread;
    private ManualResetValueTaskSourceCore<bool> _core;
    private CancellationTokenRegistration _cancellation;
    private bool _waiting;
    private int _pending;
    private bool _disposed;
    private long _start;
    private long _ticks;
    private long _lateTicks;

    /// <param name="period">Time between ticks, e.g. 5 ms for <c>ticksPerFrame: 4</c> or 20 ms for 1.</param>
    /// <param name="realtime">
    /// Ask Linux to run the thread as SCHED_FIFO (priority <see cref="RealtimePriority"/>); when that is not
    /// permitted the thread runs normally and <see cref="RealtimeFailure"/> says why.
    /// </param>
    /// <param name="spinWindow">How long before each deadline to stop sleeping and spin; default 1 ms.</param>
    public PrecisePacingTicker(TimeSpan period, bool realtime = false, TimeSpan? spinWindow = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.FromMilliseconds(1), nameof(period));
        var window = spinWindow ?? TimeSpan.FromMilliseconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero, nameof(spinWindow));
        Period = period;
        _period = ToStopwatchTicks(period);
        _spinWindow = ToStopwatchTicks(window);
        _core.RunContinuationsAsynchronously = false;
        RealtimeRequested = realtime;

        using var started = new ManualResetEventSlim();
        _thread = new Thread(() => Run(started)) { Name = ThreadName, IsBackground = true };
        _thread.Start();
        started.Wait();
    }

    public TimeSpan Period { get; }

    public bool RealtimeRequested { get; }

    /// <summary>Null when the thread runs as SCHED_FIFO or real time was not requested; otherwise why it could not.</summary>
    public string? RealtimeFailure { get; private set; }

    /// <summary>Ticks fired so far.</summary>
    public long Ticks => Interlocked.Read(ref _ticks);

    /// <summary>Ticks dropped because the loop was more than <see cref="PacingTicker.MaxCatchUpTicks"/> behind.</summary>
    public long SkippedTicks => Interlocked.Read(ref _lateTicks);

    internal Thread Thread => _thread;

    public ValueTask<bool> WaitForNextTickAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        short version;
        lock (_gate)
        {
            if (_disposed) return new ValueTask<bool>(false);
            if (_pending > 0)
            {
                _pending--;
                return new ValueTask<bool>(true);
            }
            if (_waiting) throw new InvalidOperationException("Only one loop at a time may wait on a pacing ticker.");
            _core.Reset();
            version = _core.Version;
            _waiting = true;
            if (cancellationToken.CanBeCanceled)
            {
                _cancellation = cancellationToken.UnsafeRegister(
                    static (state, token) => ((PrecisePacingTicker)state!).Complete(false, new OperationCanceledException(token)), this);
            }
        }
        if (!_begin.IsSet)
        {
            // The grid starts now, on the caller's clock, not whenever the ticker thread gets to run.
            Interlocked.CompareExchange(ref _start, Stopwatch.GetTimestamp(), 0);
            _begin.Set();
        }
        return new ValueTask<bool>(this, version);
    }

    /// <summary>Stops the ticker: a pending wait and later waits return false.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _pending = 0;
        }
        _stop.Set();
        _begin.Set();
        Complete(false, null);
        if (Thread.CurrentThread != _thread) _thread.Join();
    }

    bool IValueTaskSource<bool>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private void Run(ManualResetEventSlim started)
    {
        if (RealtimeRequested) RealtimeFailure = RealtimeScheduling.TryRaiseCurrentThread(RealtimePriority);
        started.Set();
        _begin.Wait();
        var start = Interlocked.Read(ref _start);
        long tick = 0;
        while (!_stop.IsSet)
        {
            var next = PacingGrid.NextTick(tick, Stopwatch.GetTimestamp() - start, _period);
            if (next > tick + 1) Interlocked.Add(ref _lateTicks, next - tick - 1);
            tick = next;
            if (!WaitUntil(start + PacingGrid.Deadline(tick, _period))) return;
            Interlocked.Increment(ref _ticks);
            Fire();
        }
    }

    /// <summary>Sleeps until the spin window before <paramref name="deadline"/>, then spins; false when stopped.</summary>
    private bool WaitUntil(long deadline)
    {
        while (true)
        {
            // Whole milliseconds only, rounded: the spin that follows is at most the window plus half a millisecond.
            var sleep = Math.Round((deadline - _spinWindow - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency);
            if (sleep < 1) break;
            if (_stop.Wait((int)sleep)) return false;
        }
        // A busy spin, without SpinWait's Thread.Yield/Sleep(0): a yielding thread on a busy core often comes back
        // a scheduler slice later, which is the lateness this ticker exists to avoid.
        while (Stopwatch.GetTimestamp() < deadline) Thread.SpinWait(20);
        return !_stop.IsSet;
    }

    private void Fire()
    {
        lock (_gate)
        {
            if (!_waiting)
            {
                if (_pending < PacingGrid.MaxCatchUpTicks) _pending++;
                return;
            }
        }
        Complete(true, null);
    }

    /// <summary>Completes the pending wait, if any; its continuation may run inline, so no lock is held.</summary>
    private void Complete(bool result, Exception? error)
    {
        CancellationTokenRegistration cancellation;
        lock (_gate)
        {
            if (!_waiting) return;
            _waiting = false;
            cancellation = _cancellation;
            _cancellation = default;
        }
        cancellation.Unregister();
        if (error is null) _core.SetResult(result);
        else _core.SetException(error);
    }

    private static long ToStopwatchTicks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);
}
