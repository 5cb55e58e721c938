namespace FlowBuilder.Engine.Calls.Simulator;

internal enum SimulatedCallState
{
    Ringing,
    Up,
    Ended,
}
