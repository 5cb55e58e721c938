using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Server.Problems;

/// <summary>One validation problem as the API shows it; every field is always present.</summary>
internal sealed record ProblemView(ProblemSeverity Severity, string Code, string Path, string? NodeId, string Message, int? Line, int? Column)
{
    public static ProblemView From(ValidationProblem problem) =>
        new(problem.Severity, problem.Code, problem.Path, problem.NodeId, problem.Message, problem.Line, problem.Column);

    public static IReadOnlyList<ProblemView> From(IEnumerable<ValidationProblem> problems) => problems.Select(From).ToList();
}
