namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>Who ended a simulated leg: the flow (Hang Up, flow finished, rejection) or the person on the line.</summary>
public enum HangUpSide
{
    Flow,
    Remote,
}
