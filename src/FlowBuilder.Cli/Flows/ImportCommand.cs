using System.CommandLine;
using System.Text.Json;

namespace FlowBuilder.Cli.Flows;

/// <summary><c>flowbuilder flows import FILE… [--server URL] [--replace]</c>: creates each flow on the
/// server (or replaces its draft). Exit 0 when all were imported, 1 when the server refused one, 2 when
/// a file could not be read or the server could not be reached.</summary>
internal static class ImportCommand
{
    public static Command Create(CliOutput io)
    {
        var files = new Argument<string[]>("FILE") { Description = "Flow files to import.", Arity = ArgumentArity.OneOrMore };
        var server = ServerOption.Create();
        var replace = new Option<bool>("--replace") { Description = "Replace the draft of a flow that already exists instead of refusing." };
        var command = new Command("import", "Import flow files into a running server (POST /api/flows/import).")
        {
            files,
            server,
            replace,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerClient.Create(parsed.GetValue(server), io.Error);
            if (client is null) return ExitCodes.BadInput;
            var exit = ExitCodes.Ok;
            foreach (var path in parsed.GetValue(files) ?? [])
            {
                exit = Math.Max(exit, await ImportAsync(io, client, path, parsed.GetValue(replace), cancellationToken));
            }
            return exit;
        });
        return command;
    }

    private static async Task<int> ImportAsync(CliOutput io, ServerClient client, string path, bool replace, CancellationToken cancellationToken)
    {
        var file = FlowFile.Load(path);
        if (file.ReadError is { } readError)
        {
            io.Error.WriteLine($"error: {readError}");
            return ExitCodes.BadInput;
        }
        if (file.FormatError is { } formatError)
        {
            io.Error.WriteLine($"{path}: error malformed-json at {formatError.Path}: {formatError.Message}");
            return ExitCodes.Invalid;
        }
        var reply = await client.ImportAsync(file.Text!, replace, cancellationToken);
        if (!reply.IsSuccess)
        {
            io.Error.WriteLine($"{path}: {ProblemDetailsText.Describe(reply)}");
            return reply.TransportError is null ? ExitCodes.Invalid : ExitCodes.BadInput;
        }
        io.Out.WriteLine($"{path}: imported as flow '{file.Definition!.Id}'{(replace ? " (draft replaced if it existed)" : "")}");
        foreach (var problem in ProblemsIn(reply.Body)) io.Out.WriteLine($"{path}: {problem}");
        return ExitCodes.Ok;
    }

    private static IEnumerable<string> ProblemsIn(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return ProblemDetailsText.ProblemsIn(document.RootElement).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
