using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Runtime;

/// <summary>What the activity context asks of the actor that runs the instance.</summary>
internal interface IInstanceHost
{
    TimeProvider Time { get; }
    IServiceProvider Services { get; }
    ILogger Logger { get; }
    void Reply(FlowReply reply);
    ValueTask<string> StartChildAsync(string flowId, Dictionary<string, object?> input, CancellationToken cancellationToken);
}
