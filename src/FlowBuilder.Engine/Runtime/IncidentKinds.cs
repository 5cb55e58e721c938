namespace FlowBuilder.Engine.Runtime;

public static class IncidentKinds
{
    public const string Fault = "fault";
    public const string StepLimit = "step-limit";
    public const string Interrupted = "interrupted";
}
