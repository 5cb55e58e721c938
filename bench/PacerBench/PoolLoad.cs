using System.Diagnostics;

namespace FlowBuilder.PacerBench;

/// <summary>
/// Keeps the thread pool busy like a loaded server: each work item spins about 2 ms, then queues itself again,
/// so timer callbacks compete with it for pool threads.
/// </summary>
internal sealed class PoolLoad : IDisposable
{
    private volatile bool _stopped;

    public PoolLoad(int workItems)
    {
        for (var i = 0; i < workItems; i++) ThreadPool.UnsafeQueueUserWorkItem(Spin, this, preferLocal: false);
    }

    public void Dispose() => _stopped = true;

    private static void Spin(PoolLoad load)
    {
        if (load._stopped) return;
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 500;
        while (Stopwatch.GetTimestamp() < until) Thread.SpinWait(50);
        ThreadPool.UnsafeQueueUserWorkItem(Spin, load, preferLocal: false);
    }
}
