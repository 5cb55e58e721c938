using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Cli.Flows;

/// <summary>One validation problem on one line: severity, code, JSON path, node id, line/column, message.</summary>
internal static class ProblemText
{
    public static string Describe(ValidationProblem problem)
    {
        var severity = problem.Severity == ProblemSeverity.Error ? "error" : "warning";
        var node = problem.NodeId is null ? "" : $" (node '{problem.NodeId}')";
        var position = problem.Line is null ? "" : $" [line {problem.Line}, column {problem.Column}]";
        return $"{severity} {problem.Code} at {problem.Path}{node}{position}: {problem.Message}";
    }
}
