using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Runtime;

/// <summary>Checks the values a caller passes against the flow's declared inputs and fills defaults.
/// Values the flow does not declare are kept: webhook payloads often carry more than a flow needs.</summary>
public static class FlowInputBinder
{
    public static Dictionary<string, object?> Bind(FlowDefinition flow, Dictionary<string, object?>? given)
    {
        var input = given is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(given, StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        foreach (var declared in flow.Inputs)
        {
            if (!input.TryGetValue(declared.Name, out var value) || value is null)
            {
                if (declared.Default is { } fallback) input[declared.Name] = FlowValues.FromJson(fallback);
                else if (declared.Required)
                    problems.Add(new ValidationProblem(ProblemSeverity.Error, ProblemCodes.MissingInput, $"$.{declared.Name}", null,
                        $"Input '{declared.Name}' is required by flow '{flow.Id}'" + (declared.Description is null ? "." : $": {declared.Description}")));
                continue;
            }
            if (!FlowValues.Matches(value, declared.Type))
                problems.Add(new ValidationProblem(ProblemSeverity.Error, ProblemCodes.InvalidInput, $"$.{declared.Name}", null,
                    $"Input '{declared.Name}' must be of type {declared.Type.ToString().ToLowerInvariant()}, not {FlowValues.Describe(value)}."));
        }
        if (problems.Count > 0) throw new InvalidFlowInputException(flow.Id, problems);
        return input;
    }
}
