using System.Collections.Concurrent;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Engine.Calls;

/// <summary>
/// The calls each flow instance placed (Dial), so that none outlives its flow: when the instance completes,
/// faults or is cancelled, every call it placed that is still up (or ringing) is hung up.
/// </summary>
public sealed class PlacedCalls
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ICallControl>> _byInstance = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public PlacedCalls(FlowEngine engine, ILogger<PlacedCalls>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        engine.Settled += OnSettled;
    }

    /// <summary>Records that <paramref name="instanceId"/> placed <paramref name="callId"/> on <paramref name="channel"/>;
    /// call it before dialling, so a call still ringing is cancelled too.</summary>
    public void Track(string instanceId, ICallControl channel, string callId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _byInstance.GetOrAdd(instanceId, _ => new(StringComparer.Ordinal))[callId] = channel;
    }

    /// <summary>The ids of the calls the instance placed that it has not finished with yet.</summary>
    public IReadOnlyCollection<string> Of(string instanceId) =>
        _byInstance.TryGetValue(instanceId, out var calls) ? calls.Keys.ToList() : [];

    private void OnSettled(InstanceSettled settled)
    {
        if (!settled.Status.IsFinished() || !_byInstance.TryRemove(settled.InstanceId, out var calls)) return;
        var cause = settled.Status == InstanceStatus.Completed ? HangUpCause.Normal : HangUpCause.Failed;
        foreach (var (callId, channel) in calls) _ = HangUpAsync(channel, callId, cause, settled.InstanceId);
    }

    private async Task HangUpAsync(ICallControl channel, string callId, HangUpCause cause, string instanceId)
    {
        try
        {
            await channel.HangUpAsync(callId, cause, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Hanging up call {CallId}, placed by instance {InstanceId}, after it finished failed", callId, instanceId);
        }
    }
}
