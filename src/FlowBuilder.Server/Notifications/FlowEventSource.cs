using System.Threading.Channels;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Notifications;

/// <summary>
/// Publishes <c>flow.completed</c> and <c>flow.faulted</c> (cancelled instances publish nothing) when an instance
/// finishes. The engine's <see cref="FlowEngine.Settled"/> handler only queues the event, so the instance's thread never
/// waits on the database; a short window between the finish and the outbox write is not durable.
/// </summary>
internal sealed class FlowEventSource(FlowEngine engine, IEventPublisher publisher, TimeProvider time, ILogger<FlowEventSource> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<PlatformEvent> _queue = Channel.CreateUnbounded<PlatformEvent>(new UnboundedChannelOptions { SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        engine.Settled += OnSettled;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        engine.Settled -= OnSettled;
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Whatever has queued up while the last batch was written goes out in one transaction (at most MaxBatch events).
        var batch = new List<PlatformEvent>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var platformEvent)) batch.Add(platformEvent);
            try
            {
                await publisher.PublishManyAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Publishing {Count} flow events ({FirstEventId} first) failed; subscribers will not get them", batch.Count, batch[0].Id);
            }
            batch.Clear();
        }
    }

    private void OnSettled(InstanceSettled settled)
    {
        var type = settled.Status switch
        {
            InstanceStatus.Completed => EventTypes.FlowCompleted,
            InstanceStatus.Faulted => EventTypes.FlowFaulted,
            _ => null,
        };
        if (type is null || settled.CompanyId is not { } companyId) return;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instanceId"] = settled.InstanceId,
            ["flowId"] = settled.FlowId,
            ["version"] = settled.FlowVersion,
            ["status"] = type == EventTypes.FlowCompleted ? "completed" : "faulted",
            ["correlationId"] = settled.CorrelationId,
        };
        if (type == EventTypes.FlowCompleted) data["result"] = settled.Result;
        else data["fault"] = new Dictionary<string, object?> { ["message"] = settled.FaultMessage, ["nodeId"] = settled.FaultNodeId };
        _queue.Writer.TryWrite(PlatformEvent.Create(type, companyId, time.GetUtcNow(), data));
    }
}
