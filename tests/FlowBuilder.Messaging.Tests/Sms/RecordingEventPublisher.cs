using FlowBuilder.Engine.Events;

namespace FlowBuilder.Messaging.Tests.Sms;

internal sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly List<PlatformEvent> _events = [];

    public IReadOnlyList<PlatformEvent> Events
    {
        get
        {
            lock (_events) return _events.ToList();
        }
    }

    public ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default)
    {
        lock (_events) _events.Add(platformEvent);
        return ValueTask.CompletedTask;
    }
}
