using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Calls;

/// <summary><c>call.started</c> (a flow took the call) and <c>call.answered</c> for event notifications; data is the
/// call as flows see it (<see cref="CallInfo.ToFlowValue"/>) plus <c>flowId</c> and <c>instanceId</c>.</summary>
public static class CallEvents
{
    public static PlatformEvent Started(CallInfo call, CallOwner owner, DateTimeOffset at) => Create(EventTypes.CallStarted, call, owner, at);

    public static PlatformEvent Answered(CallInfo call, CallOwner owner, DateTimeOffset at) => Create(EventTypes.CallAnswered, call, owner, at);

    /// <summary>Publishes, logging instead of throwing: a notification that cannot be written never fails the call.</summary>
    public static async ValueTask PublishQuietlyAsync(this IEventPublisher publisher, PlatformEvent platformEvent, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(platformEvent);
        try
        {
            await publisher.PublishAsync(platformEvent, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Publishing {EventType} {EventId} failed; subscribers will not get it", platformEvent.Type, platformEvent.Id);
        }
    }

    private static PlatformEvent Create(string type, CallInfo call, CallOwner owner, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(owner);
        var data = call.ToFlowValue();
        data["callId"] = call.Id;
        data.Remove("id");
        data["flowId"] = owner.FlowId;
        data["instanceId"] = owner.InstanceId;
        return PlatformEvent.Create(type, owner.CompanyId, at, data);
    }
}
