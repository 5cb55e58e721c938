namespace FlowBuilder.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Validate_ValidFile_SaysValidAndExitsZero()
    {
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("flows", "validate", file);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain($"{file}: valid");
        result.Output.ShouldNotContain("error");
    }

    [Fact]
    public async Task Validate_FileWithErrors_ListsEachProblemWithPathAndNodeAndExitsOne()
    {
        var file = _files.Write("broken.flow.json", TestFlows.WithErrors);

        var result = await Cli.RunAsync("flows", "validate", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("error unknown-activity at $.nodes[1].type (node 'dial')");
        result.Output.ShouldContain("error unknown-outcome at $.edges[0].outcome (node 'check')");
        result.Output.ShouldContain($"{file}: invalid (2 errors");
    }

    [Fact]
    public async Task Validate_ScriptSyntaxError_GivesLineAndColumnInsideTheScript()
    {
        var file = _files.Write("script.flow.json", TestFlows.WithScriptError);

        var result = await Cli.RunAsync("flows", "validate", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("error expression-syntax at $.nodes[0].inputs.value (node 'calc') [line 2,");
    }

    [Fact]
    public async Task Validate_MalformedJson_NamesTheJsonPathAndExitsOne()
    {
        var file = _files.Write("malformed.flow.json", TestFlows.Malformed);

        var result = await Cli.RunAsync("flows", "validate", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain($"{file}: error malformed-json at $.nodes[0].id");
    }

    [Fact]
    public async Task Validate_SeveralFiles_ReportsEachAndExitsWithTheWorst()
    {
        var good = _files.Write("good.flow.json", TestFlows.Greeting);
        var bad = _files.Write("bad.flow.json", TestFlows.WithErrors);

        var result = await Cli.RunAsync("flows", "validate", good, bad);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain($"{good}: valid");
        result.Output.ShouldContain($"{bad}: invalid");
    }

    [Fact]
    public async Task Validate_MissingFile_SaysItCannotBeReadAndExitsTwo()
    {
        var missing = Path.Combine(_files.Path, "nope.flow.json");

        var result = await Cli.RunAsync("flows", "validate", _files.Write("good.flow.json", TestFlows.Greeting), missing);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain($"cannot read {missing}: no such file");
    }

    public void Dispose() => _files.Dispose();
}
