namespace FlowBuilder.Engine.Validation;

public sealed record ValidationReport(IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.All(p => p.Severity != ProblemSeverity.Error);
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
