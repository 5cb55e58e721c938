using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>A started instance as far as it got: running (not waited for, or still running when the wait
/// ended), suspended on <see cref="WaitingOn"/>, or finished with a result or fault.</summary>
internal sealed record RunResultView(string Id, string FlowId, InstanceStatus Status, object? Result, string? Fault, string? FaultNodeId, string? WaitingOn)
{
    public static RunResultView Running(string instanceId, string flowId) => new(instanceId, flowId, InstanceStatus.Running, null, null, null, null);

    public static RunResultView From(InstanceSettled settled, string flowId) =>
        new(settled.InstanceId, flowId, settled.Status, settled.Result, settled.FaultMessage, settled.FaultNodeId, settled.WaitingOn);
}
