using FlowBuilder.Engine.Events;

namespace FlowBuilder.Testing;

/// <summary>An event publisher that keeps every event it is given, in order, for tests to read.</summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly List<PlatformEvent> _events = [];

    /// <summary>A copy of the events published so far.</summary>
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
