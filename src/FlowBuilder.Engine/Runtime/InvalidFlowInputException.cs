using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Runtime;

/// <summary>The input given to start a flow does not match the flow's declared inputs.</summary>
public sealed class InvalidFlowInputException(string flowId, IReadOnlyList<ValidationProblem> problems)
    : Exception($"The input does not match what flow '{flowId}' declares: " + string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
