using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Telephony;

/// <summary>One choice of a <see cref="Menu"/>: the key the caller presses and the outcome it leads to.</summary>
public sealed record MenuOption(
    [property: Required, Input(Description = "The key: 0-9, * or #.")] string Digit,
    [property: Required, Input(Description = "Outcome name, shown as a handle on the node (e.g. sales).")] string Name);
