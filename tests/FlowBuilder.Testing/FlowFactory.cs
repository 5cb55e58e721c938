using System.Text.Json;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Testing;

/// <summary>Builds small flows in tests without writing JSON by hand.</summary>
public static class FlowFactory
{
    public static FlowNode Node(string id, string type, object? inputs = null) => new()
    {
        Id = id,
        Type = type,
        Inputs = inputs is null
            ? new Dictionary<string, JsonElement>()
            : JsonSerializer.SerializeToElement(inputs, FlowJson.Options).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
    };

    public static FlowEdge Edge(string from, string outcome, string to) => new() { From = from, Outcome = outcome, To = to };

    public static FlowDefinition Flow(string id, IEnumerable<FlowNode> nodes, IEnumerable<FlowEdge>? edges = null, int version = 1) => new()
    {
        Id = id,
        Name = id,
        Version = version,
        Nodes = nodes.ToList(),
        Edges = edges?.ToList() ?? [],
    };
}
