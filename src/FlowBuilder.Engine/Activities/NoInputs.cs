namespace FlowBuilder.Engine.Activities;

/// <summary>The inputs record of an activity that takes none.</summary>
public sealed record NoInputs;
