namespace FlowBuilder.Engine.Runtime;

public enum InstanceStatus
{
    Running,
    Suspended,
    Completed,
    Faulted,
    Cancelled,
}
