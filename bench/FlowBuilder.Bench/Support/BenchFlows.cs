using System.Text.Json;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Bench.Support;

/// <summary>The flows of <c>bench/flows/</c>, embedded so every mode reads the same files.</summary>
internal static class BenchFlows
{
    /// <summary>The 50-node control flow: 24 JavaScript decisions, 24 JavaScript set-variables, a literal set-variable and an end.</summary>
    public static FlowDefinition Control50() => Load("control-50.flow.json");

    /// <summary>set-variable, wait-for-event "go", end: one suspension and one resume per instance.</summary>
    public static FlowDefinition WaitForGo() => Load("wait-for-go.flow.json");

    /// <summary>The same graph as <see cref="Control50"/> with every script replaced by a literal
    /// (decisions always true, values constant): what the engine costs without JavaScript.</summary>
    public static FlowDefinition Control50WithoutScripts()
    {
        var flow = Control50();
        var nodes = flow.Nodes.Select(node => node with
        {
            Inputs = node.Inputs.ToDictionary(
                pair => pair.Key,
                pair => pair.Value.ValueKind == JsonValueKind.String && pair.Value.GetString()!.StartsWith("js:", StringComparison.Ordinal)
                    ? Literal(node.Type, pair.Key)
                    : pair.Value),
        }).ToList();
        return flow with { Id = flow.Id + "-literal", Nodes = nodes };
    }

    private static JsonElement Literal(string type, string input) =>
        JsonSerializer.SerializeToElement<object>(type.StartsWith("control.decision", StringComparison.Ordinal) && input == "condition" ? true : 1);

    private static FlowDefinition Load(string name)
    {
        using var stream = typeof(BenchFlows).Assembly.GetManifestResourceStream("FlowBuilder.Bench." + name)
            ?? throw new InvalidOperationException($"bench/flows/{name} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return FlowJson.Parse(reader.ReadToEnd());
    }
}
