namespace FlowBuilder.Cli.Tests;

/// <summary>Runs <c>flowbuilder</c> in this process and keeps what it printed.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
