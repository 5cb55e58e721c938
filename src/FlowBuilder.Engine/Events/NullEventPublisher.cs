namespace FlowBuilder.Engine.Events;

/// <summary>Drops events: the engine's default when no host keeps them (the CLI, unit tests). The server
/// replaces it with its outbox.</summary>
public sealed class NullEventPublisher : IEventPublisher
{
    public static readonly NullEventPublisher Instance = new();

    public ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
