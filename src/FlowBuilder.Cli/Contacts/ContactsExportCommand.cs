using System.CommandLine;
using FlowBuilder.Cli.Flows;

namespace FlowBuilder.Cli.Contacts;

/// <summary><c>flowbuilder contacts export --group ID [-o FILE] [--server URL]</c>: the group's contacts as CSV, to the file or standard output.</summary>
internal static class ContactsExportCommand
{
    public static Command Create(CliOutput io)
    {
        var group = new Option<string>("--group") { Description = "The subscriber group's id.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "The CSV file to write (default: standard output)." };
        var server = ServerOption.Create();
        var command = new Command("export", "Export a subscriber group's contacts as CSV (phone, name, patronymic, timeZone, fields).") { group, output, server };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ContactsClient.Create(parsed.GetValue(server), io.Error);
            if (client is null) return ExitCodes.BadInput;
            var groupId = parsed.GetValue(group)!;
            var path = parsed.GetValue(output);
            if (path is null)
            {
                var buffer = new MemoryStream();
                var reply = await client.ExportAsync(groupId, buffer, cancellationToken);
                if (!reply.IsSuccess) return Fail(io, groupId, reply);
                await io.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Ok;
            }
            var temporary = path + ".part";
            ServerReply written;
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                written = await client.ExportAsync(groupId, file, cancellationToken);
            if (!written.IsSuccess)
            {
                File.Delete(temporary);
                return Fail(io, groupId, written);
            }
            File.Move(temporary, path, overwrite: true);
            io.Out.WriteLine($"group {groupId}: exported to {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Fail(CliOutput io, string groupId, ServerReply reply)
    {
        io.Error.WriteLine($"group {groupId}: {ProblemDetailsText.Describe(reply)}");
        return reply.TransportError is null ? ExitCodes.Invalid : ExitCodes.BadInput;
    }
}
