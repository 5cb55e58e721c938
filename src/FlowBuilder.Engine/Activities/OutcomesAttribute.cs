namespace FlowBuilder.Engine.Activities;

/// <summary>The outcome ports an activity always has. Without it an activity has one: <c>done</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutcomesAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
