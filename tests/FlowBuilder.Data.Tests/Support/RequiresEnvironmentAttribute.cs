namespace FlowBuilder.Data.Tests.Support;

/// <summary>Skips the class's <see cref="ContractFactAttribute"/> tests unless the environment variable is set.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}
