namespace FlowBuilder.Engine.Validation;

/// <summary>Stable codes of validation problems, for the designer and for scripts.</summary>
public static class ProblemCodes
{
    public const string MissingField = "missing-field";
    public const string NoNodes = "no-nodes";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownActivity = "unknown-activity";
    public const string MissingInput = "missing-input";
    public const string UnknownInput = "unknown-input";
    public const string InvalidInput = "invalid-input";
    public const string ExpressionSyntax = "expression-syntax";
    public const string UnknownOutcome = "unknown-outcome";
    public const string MissingNode = "missing-node";
    public const string DuplicateEdge = "duplicate-edge";
    public const string Unreachable = "unreachable-node";
    public const string BusyLoop = "loop-without-wait";
    public const string InvalidTrigger = "invalid-trigger";
    public const string InvalidDefault = "invalid-default";
}
