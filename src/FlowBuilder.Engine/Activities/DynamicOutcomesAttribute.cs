namespace FlowBuilder.Engine.Activities;

/// <summary>Adds one outcome per row of a list input, named by a field of the row: a menu's options
/// (<c>[DynamicOutcomes("options", "key")]</c>) or a switch's cases. The designer draws these handles
/// from the same rule, without asking the server.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DynamicOutcomesAttribute(string input, string field) : Attribute
{
    public string Input { get; } = input;
    public string Field { get; } = field;
}
