using System.CommandLine;

namespace FlowBuilder.Cli.Flows;

internal static class ServerOption
{
    public static Option<string> Create() => new("--server")
    {
        Description = $"The FlowBuilder server's base URL (default {ServerClient.DefaultServer}).",
        DefaultValueFactory = _ => ServerClient.DefaultServer,
    };
}
