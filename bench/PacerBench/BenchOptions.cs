namespace FlowBuilder.PacerBench;

/// <summary>
/// Command line: <c>--seconds N</c> per run, <c>--periods 5,20</c> in ms, <c>--load N</c> busy thread-pool items,
/// <c>--realtime</c> adds a SCHED_FIFO run.
/// </summary>
internal sealed record BenchOptions(int Seconds, int Load, bool Realtime, int[] Periods)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(10, 0, false, [5, 20]);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = int.Parse(args[++i]) },
                "--load" => options with { Load = int.Parse(args[++i]) },
                "--realtime" => options with { Realtime = true },
                "--periods" => options with { Periods = args[++i].Split(',').Select(int.Parse).ToArray() },
                var unknown => throw new ArgumentException($"Unknown option {unknown}; use --seconds N, --periods 5,20, --load N, --realtime."),
            };
        }
        return options;
    }
}
