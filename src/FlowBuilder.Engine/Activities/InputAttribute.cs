namespace FlowBuilder.Engine.Activities;

/// <summary>Designer hints for an input: label, help, editor (<c>code</c>, <c>multiline</c>) and
/// whether the field may hold an expression or only a literal.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Editor { get; init; }
    public string? DefaultSyntax { get; init; }
}
