namespace FlowBuilder.Engine.CallCentre;

/// <summary>A number or name is already taken; the message names it and by what.</summary>
public sealed class CallCentreConflictException(string message) : Exception(message);
