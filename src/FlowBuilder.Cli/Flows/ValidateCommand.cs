using System.CommandLine;
using FlowBuilder.Cli.Hosting;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Cli.Flows;

/// <summary><c>flowbuilder flows validate FILE… [--plugins DIR]</c>: prints every problem of every file.
/// Exit 0 when all are valid (warnings allowed), 1 when any has an error, 2 when a file cannot be read.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliOutput io)
    {
        var files = new Argument<string[]>("FILE") { Description = "Flow files (*.flow.json).", Arity = ArgumentArity.OneOrMore };
        var plugins = new Option<string?>("--plugins") { Description = "Folder of activity plugin DLLs to load besides the built-in activities." };
        var command = new Command("validate", "Check flow files against the installed activities; print every problem with its JSON path and node id.")
        {
            files,
            plugins,
        };
        command.SetAction(async parsed =>
        {
            await using var local = LocalEngine.Create(parsed.GetValue(plugins));
            foreach (var failure in local.PluginFailures) io.Error.WriteLine($"warning: plugin not loaded: {failure}");
            var exit = ExitCodes.Ok;
            foreach (var path in parsed.GetValue(files) ?? [])
            {
                exit = Math.Max(exit, Validate(io, local, path));
            }
            return exit;
        });
        return command;
    }

    private static int Validate(CliOutput io, LocalEngine local, string path)
    {
        var file = FlowFile.Load(path);
        if (file.ReadError is { } readError)
        {
            io.Error.WriteLine($"error: {readError}");
            return ExitCodes.BadInput;
        }
        if (file.FormatError is { } formatError)
        {
            io.Out.WriteLine($"{path}: error malformed-json at {formatError.Path}: {formatError.Message}");
            io.Out.WriteLine($"{path}: invalid (the file is not a readable flow)");
            return ExitCodes.Invalid;
        }
        var report = local.Compiler.Validate(file.Definition!);
        foreach (var problem in report.Problems.OrderBy(p => p.Severity)) io.Out.WriteLine($"{path}: {ProblemText.Describe(problem)}");
        var errors = report.Errors.Count();
        var warnings = report.Warnings.Count();
        io.Out.WriteLine(report.IsValid
            ? $"{path}: valid{(warnings > 0 ? $" ({warnings} warning{Plural(warnings)})" : "")}"
            : $"{path}: invalid ({errors} error{Plural(errors)}, {warnings} warning{Plural(warnings)})");
        return report.IsValid ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
