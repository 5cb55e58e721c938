using System.CommandLine;
using FlowBuilder.Cli.Flows;
using Spectre.Console;

namespace FlowBuilder.Cli.Contacts;

/// <summary><c>flowbuilder contacts import FILE --group ID [--mode validOnly|allOrNothing] [--dry-run] [--country US] [--server URL]</c>:
/// uploads the CSV, shows a progress bar while the server imports it, then the summary and the first rejected rows with their lines.
/// Exit 0 when the import completed (rejected rows of a validOnly import are only reported), 1 when allOrNothing rejected the file,
/// 3 when the import failed, 2 when the file or server could not be used.</summary>
internal static class ContactsImportCommand
{
    public const int ShownRejections = 20;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static Command Create(CliOutput io)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file (UTF-8 or UTF-16 with a byte order mark; header row; , ; tab or | separated)." };
        var group = new Option<string>("--group") { Description = "The subscriber group's id (see GET /api/groups).", Required = true };
        var mode = new Option<string>("--mode") { Description = "validOnly (import the valid rows) or allOrNothing (import nothing if a row is rejected).", DefaultValueFactory = _ => "validOnly" };
        mode.AcceptOnlyFromAmong("validOnly", "allOrNothing");
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report only; nothing is imported." };
        var country = new Option<string?>("--country") { Description = "Region numbers without a country code are read in (default: the group's)." };
        var server = ServerOption.Create();
        var command = new Command("import", "Import a CSV file into a subscriber group of a running server, with a progress bar.")
        {
            file, group, mode, dryRun, country, server,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path))
            {
                io.Error.WriteLine($"error: cannot read '{path}': no such file.");
                return ExitCodes.BadInput;
            }
            using var client = ContactsClient.Create(parsed.GetValue(server), io.Error);
            if (client is null) return ExitCodes.BadInput;
            var fields = new Dictionary<string, string> { ["mode"] = parsed.GetValue(mode)!, ["dryRun"] = parsed.GetValue(dryRun) ? "true" : "false" };
            if (parsed.GetValue(country) is { Length: > 0 } region) fields["defaultCountry"] = region;
            return await RunAsync(io, client, path, parsed.GetValue(group)!, fields, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliOutput io, ContactsClient client, string path, string groupId, Dictionary<string, string> fields,
        CancellationToken cancellationToken)
    {
        var started = await client.StartImportAsync(path, groupId, fields, cancellationToken);
        if (!started.IsSuccess)
        {
            io.Error.WriteLine($"{path}: {ProblemDetailsText.Describe(started)}");
            return started.TransportError is null ? ExitCodes.Invalid : ExitCodes.BadInput;
        }
        var status = ImportStatus.Parse(started.Body);
        string? failure = null;
        await io.Console.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var bar = progress.AddTask($"Importing {Path.GetFileName(path)}", maxValue: Math.Max(1, status.TotalBytes ?? new FileInfo(path).Length));
                while (status.IsRunning)
                {
                    await Task.Delay(PollEvery, cancellationToken);
                    var reply = await client.GetImportAsync(status.Id, cancellationToken);
                    if (!reply.IsSuccess)
                    {
                        failure = ProblemDetailsText.Describe(reply);
                        return;
                    }
                    status = ImportStatus.Parse(reply.Body);
                    bar.Value = status.BytesRead;
                    bar.Description = $"Importing {Path.GetFileName(path)}: {status.RowsRead:N0} rows";
                }
                bar.Value = bar.MaxValue;
            });
        if (failure is not null)
        {
            io.Error.WriteLine($"{path}: {failure}");
            return ExitCodes.BadInput;
        }
        Summarise(io, client, path, groupId, status, fields["dryRun"] == "true");
        return status.Status switch
        {
            "completed" => ExitCodes.Ok,
            "rejected" => ExitCodes.Invalid,
            _ => ExitCodes.Faulted,
        };
    }

    private static void Summarise(CliOutput io, ContactsClient client, string path, string groupId, ImportStatus status, bool dryRun)
    {
        var verb = dryRun ? "would import" : "imported";
        io.Out.WriteLine($"{path} -> group {groupId}: {status.Status}{(dryRun ? " (dry run, nothing written)" : "")}");
        io.Out.WriteLine($"  rows read {status.RowsRead:N0}, {verb} {status.Imported:N0}, rejected {status.RejectedRows:N0} (duplicates {status.Duplicates:N0})");
        if (status.Error is { } error) io.Error.WriteLine($"error: {error}");
        if (status.Status == "rejected") io.Error.WriteLine("error: allOrNothing: rows were rejected, so nothing was imported. Fix them (or use --mode validOnly) and import again.");
        foreach (var (line, reasons) in status.Rejected.Take(ShownRejections)) io.Out.WriteLine($"  line {line}: {reasons}");
        if (status.RejectedRows > Math.Min(ShownRejections, status.Rejected.Count))
            io.Out.WriteLine($"  … every rejected row: {new Uri(client.Server, $"api/imports/{status.Id}/rejected.csv")}");
    }
}
