namespace FlowBuilder.PacerBench;

/// <summary>Percentiles of tick lateness in milliseconds, and the process CPU share while the ticker ran.</summary>
internal sealed record LatenessStats(string Ticker, TimeSpan Period, int Ticks, double P50, double P99, double P999, double Max, int Skips, double CpuShare, string? Note)
{
    public const string Header = "ticker                        period  ticks   p50 ms  p99 ms  p99.9 ms  max ms  skips  cpu";

    public static LatenessStats From(string ticker, TimeSpan period, Span<double> lateness, int skips, double cpuShare, string? note)
    {
        lateness.Sort();
        return new(ticker, period, lateness.Length, At(lateness, 0.5), At(lateness, 0.99), At(lateness, 0.999), lateness.IsEmpty ? 0 : lateness[^1], skips, cpuShare, note);
    }

    public override string ToString() =>
        $"{Ticker,-29} {Period.TotalMilliseconds,4} ms {Ticks,6} {P50,8:F3} {P99,7:F3} {P999,9:F3} {Max,7:F3} {Skips,6} {CpuShare,5:P0}{(Note is null ? "" : "  " + Note)}";

    private static double At(Span<double> sorted, double quantile) =>
        sorted.IsEmpty ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
