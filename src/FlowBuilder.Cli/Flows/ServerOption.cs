using System.CommandLine;

namespace FlowBuilder.Cli.Flows;

internal static class ServerOption
{
    public static Option<string> Create() => new("--server")
    {
        Description = $"The FlowBuilder server's base URL (default {ServerClient.DefaultServer}). A server that requires sign-in takes the API key in the environment variable {ServerApiKey.Variable}.",
        DefaultValueFactory = _ => ServerClient.DefaultServer,
    };
}
