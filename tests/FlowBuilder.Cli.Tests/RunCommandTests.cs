namespace FlowBuilder.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Run_File_PrintsTheJournalInOrderAndTheResult()
    {
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("run", file, "--input", """{"name": "Ada Lovelace"}""");

        result.ExitCode.ShouldBe(0, result.ToString());
        var greet = result.Output.IndexOf("greet ", StringComparison.Ordinal);
        var decision = result.Output.IndexOf("is-long", StringComparison.Ordinal);
        var end = result.Output.IndexOf(" long ", StringComparison.Ordinal);
        greet.ShouldBeGreaterThan(0, result.ToString());
        decision.ShouldBeGreaterThan(greet);
        end.ShouldBeGreaterThan(decision);
        result.Output.ShouldContain("control.decision@1");
        result.Output.ShouldContain("""{"condition":true}""");
        result.Output.ShouldContain("steps: 3");
        result.Output.ShouldContain("status: Completed");
        result.Output.ShouldContain("""result: {"greeting":"Hello Ada Lovelace","long":true}""");
    }

    [Fact]
    public async Task Run_FaultingFlow_NamesTheNodeAndTheErrorAndExitsThree()
    {
        var file = _files.Write("faulting.flow.json", TestFlows.Faulting);

        var result = await Cli.RunAsync("run", file, "--input", "{}");

        result.ExitCode.ShouldBe(3, result.ToString());
        result.Output.ShouldContain("status: Faulted");
        result.Output.ShouldContain("fault at node 'boom':");
        result.Output.ShouldContain("missing");
        result.Output.ShouldNotContain("never");
    }

    [Fact]
    public async Task Run_InputNotJson_SaysSoAndExitsTwo()
    {
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("run", file, "--input", "{name: Ada}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("--input is not valid JSON");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_InputNotAnObject_SaysWhatIsExpectedAndExitsTwo()
    {
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("run", file, "--input", "[1, 2]");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("--input must be a JSON object");
    }

    [Fact]
    public async Task Run_RequiredInputMissing_NamesTheInputAndExitsTwo()
    {
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("run", file, "--input", "{}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("Input 'name' is required by flow 'greeting'");
    }

    [Fact]
    public async Task Run_InvalidFlow_PrintsItsProblemsRunsNothingAndExitsOne()
    {
        var file = _files.Write("broken.flow.json", TestFlows.WithErrors);

        var result = await Cli.RunAsync("run", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error unknown-activity at $.nodes[1].type (node 'dial')");
        result.Output.ShouldNotContain("status:");
    }

    [Fact]
    public async Task Run_FlowWaitingForAnEvent_SaysWhatItWaitsOnAndExitsZero()
    {
        var file = _files.Write("approval.flow.json", TestFlows.WaitsForApproval);

        var result = await Cli.RunAsync("run", file);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("status: Suspended");
        result.Output.ShouldContain("waiting: for 'approved' at node 'wait'");
    }

    [Fact]
    public async Task Run_FlowWithADueDelay_SitsOutTheTimerAndCompletes()
    {
        var file = _files.Write("delayed.flow.json", TestFlows.WithDelay);

        var result = await Cli.RunAsync("run", file, "--timeout", "30");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("suspend:delay");
        result.Output.ShouldContain("status: Completed");
        result.Output.ShouldContain("result: \"after the delay\"");
    }

    [Fact]
    public async Task Run_MissingFile_ExitsTwo()
    {
        var result = await Cli.RunAsync("run", Path.Combine(_files.Path, "nope.flow.json"));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("no such file");
    }

    [Fact]
    public async Task Run_IdWithoutADatabase_SaysWhereItLookedAndExitsTwo()
    {
        var database = Path.Combine(_files.Path, "none.db");

        var result = await Cli.RunAsync("run", "some-flow", "--db", database);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain($"there is no FlowBuilder database at {database}");
    }

    public void Dispose() => _files.Dispose();
}
