namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>How outbound calls to one number end (<see cref="CallSimulator.ScriptDial"/>).</summary>
internal sealed record ScriptedDial(DialStatus Status, TimeSpan? After);
