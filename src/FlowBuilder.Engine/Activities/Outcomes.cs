namespace FlowBuilder.Engine.Activities;

/// <summary>Outcome names the engine itself knows.</summary>
public static class Outcomes
{
    public const string Done = "done";

    /// <summary>Every activity has this port; it is taken when the node fails and it is wired.</summary>
    public const string Fault = "fault";
}
