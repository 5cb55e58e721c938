namespace FlowBuilder.Engine.Activities;

/// <summary>Declares an output the activity sets with <see cref="ActivityContext.SetOutput"/>; later
/// nodes read it as <c>outputs.nodeId.name</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutputAttribute(string name, string type = "any") : Attribute
{
    public string Name { get; } = name;
    public string Type { get; } = type;
    public string? Description { get; init; }
}
