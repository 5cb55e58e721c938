namespace FlowBuilder.Engine.Descriptors;

public sealed record OutputDescriptor(string Name, string Type, string? Description);
