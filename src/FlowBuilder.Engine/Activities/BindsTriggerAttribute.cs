using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Activities;

/// <summary>
/// Marks a trigger activity whose literal input names the flow's trigger, e.g. Incoming Call's <c>number</c>: a flow
/// holding such a node and no trigger of its own gets <c>{ type: call, number }</c> when it is published, so the
/// number is bound to the flow. A flow trigger that disagrees with the node is a validation error.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BindsTriggerAttribute(TriggerType type, string input) : Attribute
{
    public TriggerType Type { get; } = type;

    /// <summary>The input (as written in flow files, camelCase) holding the number or path.</summary>
    public string Input { get; } = input;
}
