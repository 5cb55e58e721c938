namespace FlowBuilder.Engine.Runtime;

public static class SubflowStimulus
{
    /// <summary>Sent to a parent when its child finishes; the correlation key is the child's instance id.</summary>
    public const string Completed = "subflow.completed";
}
