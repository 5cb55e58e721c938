using System.CommandLine;

namespace FlowBuilder.Cli.Flows;

/// <summary><c>flowbuilder flows …</c>: check flow files, move flows in and out of a server.</summary>
internal static class FlowsCommand
{
    public static Command Create(CliOutput io) => new("flows", "Validate flow files, import them into a server, export them from it.")
    {
        ValidateCommand.Create(io),
        ImportCommand.Create(io),
        ExportCommand.Create(io),
    };
}
