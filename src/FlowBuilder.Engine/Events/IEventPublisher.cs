namespace FlowBuilder.Engine.Events;

/// <summary>Where features report what happened (a call ended, a flow faulted, an SMS was delivered) for event
/// notifications to subscribers. The server's implementation writes to a durable outbox before it returns.</summary>
public interface IEventPublisher
{
    ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default);

    /// <summary>Publishes several events; an outbox writes them in one transaction. By default one after another.</summary>
    async ValueTask PublishManyAsync(IReadOnlyList<PlatformEvent> platformEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(platformEvents);
        foreach (var platformEvent in platformEvents) await PublishAsync(platformEvent, cancellationToken).ConfigureAwait(false);
    }
}
