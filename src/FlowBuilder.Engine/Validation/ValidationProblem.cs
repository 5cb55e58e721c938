using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Validation;

/// <summary>One thing wrong with a flow: where (JSON path, node id), what, and for expressions the
/// line and column inside the expression text.</summary>
public sealed record ValidationProblem(ProblemSeverity Severity, string Code, string Path, string? NodeId, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column { get; init; }

    public override string ToString()
    {
        var where = NodeId is null ? Path : $"{Path} (node '{NodeId}')";
        var position = Line is null ? "" : $" [line {Line}, column {Column}]";
        return $"{Severity.ToString().ToLowerInvariant()} {Code} at {where}{position}: {Message}";
    }
}
