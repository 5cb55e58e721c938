using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Runtime;

/// <summary>A flow that does not compile: <see cref="Report"/> lists every problem.</summary>
public sealed class FlowInvalidException(string flowId, ValidationReport report)
    : Exception($"Flow '{flowId}' has {report.Errors.Count()} error(s): " + string.Join("; ", report.Errors.Select(e => e.ToString())))
{
    public string FlowId { get; } = flowId;
    public ValidationReport Report { get; } = report;
}
