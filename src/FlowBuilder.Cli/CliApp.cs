using System.CommandLine;
using FlowBuilder.Cli.Bench;
using FlowBuilder.Cli.Contacts;
using FlowBuilder.Cli.Flows;
using FlowBuilder.Cli.Run;
using FlowBuilder.Cli.Serve;

namespace FlowBuilder.Cli;

/// <summary>The <c>flowbuilder</c> command: serve, flows validate/import/export, contacts import/export, run, bench.</summary>
public static class CliApp
{
    /// <summary>Parses and runs one command line, writing to the given writers; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var io = new CliOutput(output, error);
        var root = new RootCommand("FlowBuilder: build, check and run voice and messaging flows.")
        {
            ServeCommand.Create(),
            FlowsCommand.Create(io),
            ContactsCommand.Create(io),
            RunCommand.Create(io),
            BenchCommand.Create(io),
        };
        var parsed = root.Parse(args);
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
