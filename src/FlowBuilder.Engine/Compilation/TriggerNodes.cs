using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Compilation;

/// <summary>Flow triggers named by trigger nodes (<see cref="BindsTriggerAttribute"/>): checking them and copying them onto the flow.</summary>
internal static class TriggerNodes
{
    /// <summary>The trigger the flow's first binding node names, with that node's index; null when there is none.</summary>
    public static (int Index, FlowTrigger Trigger)? Find(FlowDefinition flow, Func<FlowNode, ActivityRegistration?> resolve)
    {
        for (var i = 0; i < flow.Nodes.Count; i++)
        {
            var node = flow.Nodes[i];
            if (resolve(node)?.BindsTrigger is not { } binding) continue;
            var key = node.Inputs.TryGetValue(binding.Input, out var value) ? Literal(value) : null;
            var trigger = binding.Type == TriggerType.Webhook
                ? new FlowTrigger { Type = binding.Type, Path = key }
                : new FlowTrigger { Type = binding.Type, Number = key };
            return (i, trigger);
        }
        return null;
    }

    public static void Check(FlowDefinition flow, Func<FlowNode, ActivityRegistration?> resolve, List<ValidationProblem> problems)
    {
        if (Find(flow, resolve) is not var (index, trigger)) return;
        var node = flow.Nodes[index];
        var input = resolve(node)!.BindsTrigger!.Input;
        var key = trigger.Number ?? trigger.Path;
        if (key is null)
        {
            if (node.Inputs.ContainsKey(input))
                problems.Add(new(ProblemSeverity.Error, ProblemCodes.InvalidTrigger, $"$.nodes[{index}].inputs.{input}", node.Id,
                    $"The {input} of trigger node '{node.Id}' must be written as plain text (e.g. +18005550100), not a template or script: it is bound when the flow is published."));
            return;
        }
        if (flow.Trigger is null or { Type: TriggerType.Manual }) return;
        var flowKey = TriggerKeys.For(flow);
        if (flow.Trigger.Type != trigger.Type || flowKey != TriggerKeys.Normalize(trigger.Type, key))
            problems.Add(new(ProblemSeverity.Error, ProblemCodes.InvalidTrigger, "$.trigger", node.Id,
                $"The flow's trigger ({flow.Trigger.Type} '{flowKey}') disagrees with trigger node '{node.Id}' ({trigger.Type} '{key}'): make them the same, or remove the flow's trigger."));
    }

    /// <summary>The flow with the trigger its node names, when the flow has no trigger of its own.</summary>
    public static FlowDefinition Apply(FlowDefinition flow, Func<FlowNode, ActivityRegistration?> resolve)
    {
        if (flow.Trigger is not (null or { Type: TriggerType.Manual })) return flow;
        return Find(flow, resolve) is var (_, trigger) && (trigger.Number ?? trigger.Path) is not null ? flow with { Trigger = trigger } : flow;
    }

    private static string? Literal(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String) return null;
        var text = value.GetString()?.Trim();
        if (string.IsNullOrEmpty(text) || text.StartsWith("js:", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal)) return null;
        return text;
    }
}
