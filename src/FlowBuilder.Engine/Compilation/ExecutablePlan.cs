using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Compilation;

/// <summary>A published flow version compiled once: activities resolved, expressions parsed and
/// templates compiled, edges indexed. Instances are pinned to the plan they started on.</summary>
public sealed class ExecutablePlan
{
    internal ExecutablePlan(FlowDefinition definition, IReadOnlyDictionary<string, PlanNode> nodes, PlanNode start)
    {
        Definition = definition;
        Nodes = nodes;
        Start = start;
        VariableDefaults = definition.Variables.ToDictionary(v => v.Name, v => v.Default is { } d ? FlowValues.FromJson(d) : null, StringComparer.Ordinal);
    }

    public FlowDefinition Definition { get; }
    public string FlowId => Definition.Id;
    public int Version => Definition.Version;
    public IReadOnlyDictionary<string, PlanNode> Nodes { get; }
    public PlanNode Start { get; }
    public IReadOnlyDictionary<string, object?> VariableDefaults { get; }

    public PlanNode Node(string id) => Nodes.TryGetValue(id, out var node)
        ? node
        : throw new InvalidOperationException($"Flow '{FlowId}' v{Version} has no node '{id}'.");

    /// <summary>Fresh variables for a new instance: declared defaults, deep-copied.</summary>
    public Dictionary<string, object?> NewVariables()
    {
        var variables = new Dictionary<string, object?>(VariableDefaults.Count, StringComparer.Ordinal);
        foreach (var (name, value) in VariableDefaults) variables[name] = FlowValues.Clone(value);
        return variables;
    }
}
