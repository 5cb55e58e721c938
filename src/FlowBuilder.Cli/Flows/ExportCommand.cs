using System.CommandLine;

namespace FlowBuilder.Cli.Flows;

/// <summary><c>flowbuilder flows export ID [--version N] [--out FILE] [--server URL]</c>: writes the
/// draft (or a published version) as a flow file, to stdout unless <c>--out</c> is given.</summary>
internal static class ExportCommand
{
    public static Command Create(CliOutput io)
    {
        var id = new Argument<string>("ID") { Description = "The flow id." };
        var version = new Option<int?>("--version") { Description = "A published version number; the draft when left out." };
        var output = new Option<string?>("--out") { Description = "File to write; standard output when left out." };
        var server = ServerOption.Create();
        var command = new Command("export", "Export a flow from a running server as a flow file (GET /api/flows/{id}/export).")
        {
            id,
            version,
            output,
            server,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerClient.Create(parsed.GetValue(server), io.Error);
            if (client is null) return ExitCodes.BadInput;
            var flowId = parsed.GetRequiredValue(id);
            var reply = await client.ExportAsync(flowId, parsed.GetValue(version), cancellationToken);
            if (!reply.IsSuccess)
            {
                io.Error.WriteLine($"{flowId}: {ProblemDetailsText.Describe(reply)}");
                return reply.TransportError is null ? ExitCodes.Invalid : ExitCodes.BadInput;
            }
            if (parsed.GetValue(output) is not { } path)
            {
                io.Out.WriteLine(reply.Body);
                return ExitCodes.Ok;
            }
            try
            {
                await File.WriteAllTextAsync(path, reply.Body + Environment.NewLine, cancellationToken);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"error: cannot write {path}: {error.Message}");
                return ExitCodes.BadInput;
            }
            io.Out.WriteLine($"exported flow '{flowId}'{(parsed.GetValue(version) is { } v ? $" v{v}" : " (draft)")} to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
