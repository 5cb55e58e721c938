namespace FlowBuilder.Engine.Runtime;

/// <summary>A started instance: its id, the first time it settles, and the reply it sends (if any).</summary>
public sealed class InstanceHandle
{
    private readonly TaskCompletionSource<InstanceSettled> _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<FlowReply?> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<InstanceSettled> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal InstanceHandle(string instanceId) => InstanceId = instanceId;

    public string InstanceId { get; }

    /// <summary>Completes when the instance first suspends or finishes.</summary>
    public Task<InstanceSettled> Settled => _settled.Task;

    /// <summary>Completes with the flow's reply, or null when the instance finishes without replying. A flow
    /// may wait (for a callback, a timer) before it replies.</summary>
    public Task<FlowReply?> Reply => _reply.Task;

    /// <summary>Completes when the instance completes, faults or is cancelled.</summary>
    public Task<InstanceSettled> Finished => _finished.Task;

    internal void OnReply(FlowReply reply) => _reply.TrySetResult(reply);

    internal void OnSettled(InstanceSettled settled)
    {
        _settled.TrySetResult(settled);
        if (!settled.Status.IsFinished()) return;
        _reply.TrySetResult(null);
        _finished.TrySetResult(settled);
    }
}
