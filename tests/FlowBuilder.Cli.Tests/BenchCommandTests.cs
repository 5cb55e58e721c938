namespace FlowBuilder.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_SmallRun_ReportsStepsPerSecondWithJournalOffAndOn()
    {
        var result = await Cli.RunAsync("bench", "--steps", "5000");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("journal off: 5,000 steps");
        result.Output.ShouldContain("journal on : 5,000 steps");
        result.Output.ShouldContain("steps/s");
    }

    [Fact]
    public async Task Bench_TooFewSteps_ExitsTwo()
    {
        var result = await Cli.RunAsync("bench", "--steps", "10");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("--steps must be at least 1000");
    }
}
