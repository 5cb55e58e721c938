using System.Diagnostics;
using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

public sealed class PrecisePacingTickerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Ticker_Ticks_NeverBeforeTheDeadline()
    {
        using var ticker = new PrecisePacingTicker(Period);
        var started = Stopwatch.GetTimestamp();

        for (var i = 0; i < 5; i++) (await ticker.WaitForNextTickAsync().AsTask().WaitAsync(Guard)).ShouldBeTrue();

        // The grid starts at the first wait, so tick 5 cannot fire before 5 periods have passed.
        Stopwatch.GetElapsedTime(started).ShouldBeGreaterThanOrEqualTo(5 * Period);
        ticker.Ticks.ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task Ticker_RunsItsThreadUnderItsName_AndContinuationsOnIt()
    {
        using var ticker = new PrecisePacingTicker(Period);

        var continuedOn = await ContinuationThreadAsync(ticker).WaitAsync(Guard);

        ticker.Thread.Name.ShouldBe("rtp-pacer");
        ticker.Thread.IsBackground.ShouldBeTrue();
        ticker.Thread.IsThreadPoolThread.ShouldBeFalse();
        continuedOn.ShouldBeSameAs(ticker.Thread);
    }

    /// <summary>Awaits ticks the way <see cref="RtpPacer"/> does until one really had to wait (on a loaded machine a tick may
    /// already be due, and then the await completes on the caller's thread); returns the thread that wait continued on.</summary>
    private static async Task<Thread> ContinuationThreadAsync(PrecisePacingTicker ticker)
    {
        while (true)
        {
            var tick = ticker.WaitForNextTickAsync();
            if (tick.IsCompleted)
            {
                await tick;
                continue;
            }
            // The tick may still come due between the check above and the await, which then goes on synchronously on
            // this thread: only a continuation on another thread tells where the ticker resumes its waiters.
            var before = Thread.CurrentThread;
            await tick.ConfigureAwait(false);
            if (Thread.CurrentThread != before) return Thread.CurrentThread;
        }
    }

    [Fact]
    public async Task Dispose_StopsTheThread_AndPendingWaitReturnsFalse()
    {
        var ticker = new PrecisePacingTicker(TimeSpan.FromSeconds(30));
        var pending = ticker.WaitForNextTickAsync().AsTask();

        ticker.Dispose();

        (await pending.WaitAsync(Guard)).ShouldBeFalse();
        ticker.Thread.IsAlive.ShouldBeFalse();
        (await ticker.WaitForNextTickAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Dispose_BeforeAnyWait_StopsTheThread()
    {
        var ticker = new PrecisePacingTicker(Period);

        ticker.Dispose();

        ticker.Thread.IsAlive.ShouldBeFalse();
        (await ticker.WaitForNextTickAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Wait_Cancelled_Throws()
    {
        using var ticker = new PrecisePacingTicker(TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();
        var pending = ticker.WaitForNextTickAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(pending.WaitAsync(Guard));
    }

    [Fact]
    public async Task Pacer_OnPreciseTicker_SendsAFrameEveryFourTicks()
    {
        var sink = new CountingSink();
        using var ticker = new PrecisePacingTicker(Period);
        var pacer = new RtpPacer(sink, ticker, ticksPerFrame: 4);
        using var stream = pacer.AddStream(new PacedStreamOptions(0x1234, Telephony.Media.Codecs.G711Codec.Pcmu, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 9)));
        var run = pacer.RunAsync();

        await sink.Sent(3).WaitAsync(Guard);
        ticker.Dispose();
        await run.WaitAsync(Guard);

        // The pacer sends comfort silence on one tick in four; it ran on the ticker's thread.
        ticker.Ticks.ShouldBeGreaterThanOrEqualTo(9);
        sink.SendingThreads.ShouldHaveSingleItem().ShouldBe("rtp-pacer");
    }

    [Fact]
    public async Task Realtime_Requested_TicksEitherWay_AndSaysWhyWhenRefused()
    {
        using var ticker = new PrecisePacingTicker(Period, realtime: true);

        (await ticker.WaitForNextTickAsync().AsTask().WaitAsync(Guard)).ShouldBeTrue();

        ticker.RealtimeRequested.ShouldBeTrue();
        if (ticker.RealtimeFailure is { } why) why.ShouldContain(OperatingSystem.IsLinux() ? "sched" : "Linux", Case.Insensitive);
    }

    private sealed class CountingSink : IRtpSink
    {
        private readonly Lock _gate = new();
        private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
        private int _sent;

        public HashSet<string?> SendingThreads { get; } = [];

        public void Send(ReadOnlySpan<byte> packet, System.Net.IPEndPoint remote)
        {
            lock (_gate)
            {
                _sent++;
                SendingThreads.Add(Thread.CurrentThread.Name);
                foreach (var waiter in _waiters.Where(w => w.Count <= _sent)) waiter.Done.TrySetResult();
            }
        }

        public Task Sent(int count)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_sent >= count) return Task.CompletedTask;
                _waiters.Add((count, done));
            }
            return done.Task;
        }
    }
}
