namespace FlowBuilder.Engine.Events;

/// <summary>Where features report what happened (a call ended, a flow faulted, an SMS was delivered) for event
/// notifications to subscribers. The server's implementation writes to a durable outbox before it returns.</summary>
public interface IEventPublisher
{
    ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default);
}
