using System.CommandLine;
using FlowBuilder.Cli.Flows;
using FlowBuilder.Cli.Hosting;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Cli.Run;

/// <summary>
/// <c>flowbuilder run FILE|ID --input JSON [--version N] [--db DB] [--timeout S] [--plugins DIR]</c>:
/// runs one instance in this process with in-memory instance state and prints its journal.
/// Exit 0 completed or waiting, 1 invalid flow, 2 bad input, 3 faulted, 4 timed out.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliOutput io)
    {
        var flow = new Argument<string>("FILE|ID") { Description = "A flow file, or the id of a flow stored in the database." };
        var input = new Option<string?>("--input") { Description = "The flow's input as a JSON object (or @file.json). Default {}." };
        var version = new Option<int?>("--version") { Description = "With an ID: the version to run (default: the published one)." };
        var database = new Option<string?>("--db") { Description = $"With an ID: SQLite file or connection string of the FlowBuilder database (default {DatabaseFlows.DefaultDatabase})." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for the instance to finish, sitting out its timers. Default 60.", DefaultValueFactory = _ => 60 };
        var plugins = new Option<string?>("--plugins") { Description = "Folder of activity plugin DLLs to load besides the built-in activities." };
        var command = new Command("run", "Run a flow in this process and print its journal, result or fault.")
        {
            flow,
            input,
            version,
            database,
            timeout,
            plugins,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(io, new RunArguments(
            parsed.GetRequiredValue(flow), parsed.GetValue(input), parsed.GetValue(version), parsed.GetValue(database),
            parsed.GetValue(timeout), parsed.GetValue(plugins)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliOutput io, RunArguments args, CancellationToken cancellationToken)
    {
        var input = InputText.Parse(args.Input, out var inputError);
        if (input is null)
        {
            io.Error.WriteLine($"error: {inputError}");
            return ExitCodes.BadInput;
        }
        if (args.TimeoutSeconds is <= 0 or > 86_400 || double.IsNaN(args.TimeoutSeconds))
        {
            io.Error.WriteLine($"error: --timeout must be between 0 and 86400 seconds, not {args.TimeoutSeconds}.");
            return ExitCodes.BadInput;
        }

        DatabaseFlows? database = null;
        try
        {
            FlowDefinition definition;
            if (IsFile(args.Flow))
            {
                var file = FlowFile.Load(args.Flow);
                if (file.ReadError is { } readError)
                {
                    io.Error.WriteLine($"error: {readError}");
                    return ExitCodes.BadInput;
                }
                if (file.FormatError is { } formatError)
                {
                    io.Error.WriteLine($"{args.Flow}: error malformed-json at {formatError.Path}: {formatError.Message}");
                    return ExitCodes.Invalid;
                }
                definition = file.Definition!;
            }
            else
            {
                database = DatabaseFlows.Open(args.Database, out var databaseError);
                if (database is null)
                {
                    io.Error.WriteLine($"error: {databaseError}");
                    return ExitCodes.BadInput;
                }
                var (stored, loadError) = await database.LoadAsync(InstanceRunner.CompanyId, args.Flow, args.Version, cancellationToken);
                if (stored is null)
                {
                    io.Error.WriteLine($"error: {loadError}");
                    return ExitCodes.BadInput;
                }
                definition = stored;
            }
            return await RunDefinitionAsync(io, definition, input, args, database?.Repository, cancellationToken);
        }
        finally
        {
            if (database is not null) await database.DisposeAsync();
        }
    }

    private static async Task<int> RunDefinitionAsync(CliOutput io, FlowDefinition definition, Dictionary<string, object?> input, RunArguments args, IFlowRepository? flows, CancellationToken cancellationToken)
    {
        await using var local = LocalEngine.Create(args.Plugins, flows);
        foreach (var failure in local.PluginFailures) io.Error.WriteLine($"warning: plugin not loaded: {failure}");
        var compiled = local.Compiler.Compile(definition);
        if (compiled.Plan is not { } plan)
        {
            io.Error.WriteLine($"error: flow '{definition.Id}' is not valid; nothing was run.");
            foreach (var problem in compiled.Report.Problems.OrderBy(p => p.Severity)) io.Error.WriteLine($"{args.Flow}: {ProblemText.Describe(problem)}");
            return ExitCodes.Invalid;
        }
        RunReport report;
        try
        {
            report = await new InstanceRunner(local, TimeProvider.System).RunAsync(plan, input, TimeSpan.FromSeconds(args.TimeoutSeconds), cancellationToken);
        }
        catch (InvalidFlowInputException error)
        {
            io.Error.WriteLine($"error: {error.Message}");
            foreach (var problem in error.Problems) io.Error.WriteLine($"  {problem.Path}: {problem.Message}");
            return ExitCodes.BadInput;
        }
        RunPrinter.Print(io, $"{definition.Id} v{definition.Version} ({definition.Name})", report);
        if (report.TimedOut) return ExitCodes.TimedOut;
        return report.Settled!.Status switch
        {
            InstanceStatus.Faulted or InstanceStatus.Cancelled => ExitCodes.Faulted,
            _ => ExitCodes.Ok,
        };
    }

    private static bool IsFile(string flow) =>
        File.Exists(flow) || flow.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || flow.Contains(Path.DirectorySeparatorChar) || flow.Contains('/');

    private sealed record RunArguments(string Flow, string? Input, int? Version, string? Database, double TimeoutSeconds, string? Plugins);
}
