namespace FlowBuilder.Engine.Validation;

public enum ProblemSeverity
{
    Error,
    Warning,
}
