using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;

namespace FlowBuilder.Engine.Compilation;

/// <summary>The outcomes a node can take: the activity's static ones, one per row of its dynamic
/// outcome input, and <c>fault</c>.</summary>
public static class OutcomeCatalog
{
    public static IReadOnlyList<string> For(ActivityRegistration registration, FlowNode node)
    {
        var outcomes = new List<string>(registration.Descriptor.Outcomes);
        if (registration.Descriptor.DynamicOutcomes is { } dynamic
            && node.Inputs.TryGetValue(dynamic.Input, out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty(dynamic.Field, out var name))
                {
                    var text = name.ValueKind == JsonValueKind.String ? name.GetString() : name.GetRawText();
                    if (!string.IsNullOrEmpty(text) && !outcomes.Contains(text)) outcomes.Add(text);
                }
            }
        }
        outcomes.Add(Outcomes.Fault);
        return outcomes;
    }
}
