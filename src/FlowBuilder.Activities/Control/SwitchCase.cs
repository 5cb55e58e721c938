using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>One case of a <see cref="Switch"/>: the outcome name and the condition that selects it.</summary>
public sealed record SwitchCase(
    [property: Required, Input(Description = "Outcome name, shown as a handle on the node.")] string Name,
    [property: Input(DefaultSyntax = "javascript", Editor = "code")] Expression<bool> Condition);
