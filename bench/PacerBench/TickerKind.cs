using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.PacerBench;

/// <summary>One ticker to measure: a name and how to make it for a period.</summary>
internal sealed record TickerKind(string Name, Func<TimeSpan, IPacingTicker> Create)
{
    public static IEnumerable<TickerKind> For(BenchOptions options)
    {
        yield return new("PacingTicker (Task.Delay)", period => new PacingTicker(TimeProvider.System, period));
        yield return new("PrecisePacingTicker", period => new PrecisePacingTicker(period));
        if (options.Realtime) yield return new("PrecisePacingTicker realtime", period => new PrecisePacingTicker(period, realtime: true));
    }
}
