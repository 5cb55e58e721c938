using FlowBuilder.PacerBench;

// dotnet run -c Release --project bench/PacerBench -- [--seconds 10] [--periods 5,20] [--load 0] [--realtime]
var options = BenchOptions.Parse(args);
Console.WriteLine($"pacing lateness, {options.Seconds} s per run, {Environment.ProcessorCount} cores, thread-pool load: {options.Load} busy work items");
Console.WriteLine(LatenessStats.Header);
using var load = options.Load > 0 ? new PoolLoad(options.Load) : null;
foreach (var period in options.Periods)
{
    foreach (var ticker in TickerKind.For(options))
    {
        Console.WriteLine(await TickerRun.MeasureAsync(ticker, TimeSpan.FromMilliseconds(period), TimeSpan.FromSeconds(options.Seconds)));
    }
}
return 0;
