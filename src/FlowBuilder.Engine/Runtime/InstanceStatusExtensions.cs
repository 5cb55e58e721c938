namespace FlowBuilder.Engine.Runtime;

public static class InstanceStatusExtensions
{
    /// <summary>Completed, Faulted and Cancelled instances take no more stimuli.</summary>
    public static bool IsFinished(this InstanceStatus status) =>
        status is InstanceStatus.Completed or InstanceStatus.Faulted or InstanceStatus.Cancelled;
}
