namespace FlowBuilder.Engine.Descriptors;

/// <summary>One extra outcome per row of list input <see cref="Input"/>, named by the row's <see cref="Field"/>.</summary>
public sealed record DynamicOutcomesDescriptor(string Input, string Field);
