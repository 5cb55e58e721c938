using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>Routes one number to a script that stands in for a flow; the script runs in the background like a flow instance.</summary>
internal sealed class ScriptedRouter(string number) : IInboundCallRouter
{
    public Func<ICallControl, CallInfo, Task> Script { get; set; } = (_, _) => Task.CompletedTask;

    public TaskCompletionSource<Task> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the number's route refuses calls with this status (a blacklisted caller).</summary>
    public int? RefuseWith { get; set; }

    public ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult(dialledNumber != number ? null : RefuseWith is { } status ? InboundCallRoute.Refused("acme", status) : new InboundCallRoute("acme", "ivr"));

    public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken)
    {
        channel.Attach(call.Id, new CallOwner(route.CompanyId, route.FlowId, "ivr-1"));
        Started.TrySetResult(Task.Run(() => Script(channel, call)));
        return ValueTask.FromResult("ivr-1");
    }
}
