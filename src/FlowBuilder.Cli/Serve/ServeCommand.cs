using System.CommandLine;
using FlowBuilder.Server;

namespace FlowBuilder.Cli.Serve;

/// <summary><c>flowbuilder serve [--urls URL] [host options…]</c>: runs the FlowBuilder server in this process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://127.0.0.1:5080 (default from configuration)." };
        var command = new Command("serve", "Run the FlowBuilder server (REST API, webhooks, designer). Other options (--FlowBuilder:Database:… ) go to the host.")
        {
            urls,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var args = new List<string>();
            if (parsed.GetValue(urls) is { } addresses) args.AddRange(["--urls", addresses]);
            args.AddRange(parsed.UnmatchedTokens);
            await using var app = ServerApp.Build([.. args]);
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
