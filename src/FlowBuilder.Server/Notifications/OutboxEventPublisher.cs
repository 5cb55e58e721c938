using FlowBuilder.Data.Notifications;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Server.Notifications;

/// <summary>Writes each event, with one delivery per matching active subscription, to the outbox in one transaction and
/// returns once it is committed; then wakes the dispatcher. Events nobody subscribed to are not stored.</summary>
internal sealed class OutboxEventPublisher(NotificationStore store, DispatchSignal signal, TimeProvider time) : IEventPublisher
{
    public async ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(platformEvent);
        var stored = new OutboxEvent(platformEvent.Id, platformEvent.CompanyId, platformEvent.Type, platformEvent.OccurredAt, EventBody.Write(platformEvent));
        if (await store.AppendAsync(stored, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) > 0) signal.Wake();
    }

    public async ValueTask PublishManyAsync(IReadOnlyList<PlatformEvent> platformEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(platformEvents);
        var stored = platformEvents.Select(e => new OutboxEvent(e.Id, e.CompanyId, e.Type, e.OccurredAt, EventBody.Write(e))).ToList();
        if (await store.AppendManyAsync(stored, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) > 0) signal.Wake();
    }
}
