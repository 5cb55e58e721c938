using System.Diagnostics;
using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.PacerBench;

/// <summary>
/// Awaits a ticker the way <see cref="RtpPacer"/> does (<c>ConfigureAwait(false)</c>) and records, per tick, how long
/// after its grid deadline (first wait + n × period) the loop got control. A one-second run first, not reported,
/// gets the JIT out of the way (a first call compiled at the first wait would show up as constant lateness).
/// </summary>
internal static class TickerRun
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public static async Task<LatenessStats> MeasureAsync(TickerKind kind, TimeSpan period, TimeSpan duration)
    {
        await RecordAsync(kind, period, WarmUp);
        return await RecordAsync(kind, period, duration);
    }

    private static async Task<LatenessStats> RecordAsync(TickerKind kind, TimeSpan period, TimeSpan duration)
    {
        var expected = (int)(duration / period) + 16;
        var lateness = new double[expected];
        var count = 0;
        var skips = 0;
        var periodTicks = period.TotalSeconds * Stopwatch.Frequency;
        var ticker = kind.Create(period);
        string? note = ticker is PrecisePacingTicker { RealtimeRequested: true } precise ? precise.RealtimeFailure ?? "SCHED_FIFO" : null;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        long tick = 0;
        try
        {
            while (count < lateness.Length && Stopwatch.GetElapsedTime(start) < duration)
            {
                if (!await ticker.WaitForNextTickAsync().ConfigureAwait(false)) break;
                var now = Stopwatch.GetTimestamp() - start;
                tick++;
                var late = now - tick * periodTicks;
                if (late > (PacingTicker.MaxCatchUpTicks + 1) * periodTicks)
                {
                    // The ticker dropped ticks and rejoined the grid: measure from the grid point it rejoined at.
                    skips++;
                    tick = (long)(now / periodTicks);
                    late = now - tick * periodTicks;
                }
                while (late < -periodTicks / 2)
                {
                    // The guess above overshot (a grid point passed between the ticker's decision and this line).
                    tick--;
                    late += periodTicks;
                }
                lateness[count++] = late * 1000.0 / Stopwatch.Frequency;
            }
        }
        finally
        {
            (ticker as IDisposable)?.Dispose();
        }
        var wall = Stopwatch.GetElapsedTime(start);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return LatenessStats.From(kind.Name, period, lateness.AsSpan(0, count), skips, cpu / wall, note);
    }
}
