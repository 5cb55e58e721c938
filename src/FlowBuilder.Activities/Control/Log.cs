using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Control;

/// <summary>Writes a message to the server log and the instance's journal.</summary>
[Activity("control.log", Category = "Control", DisplayName = "Log",
    Description = "Writes a message (template or script) to the server log, tagged with the flow, instance and node.")]
[Output("message")]
public sealed class Log : Activity<Log.Inputs>
{
    public sealed record Inputs(
        [property: Required] Expression<string> Message,
        LogLevel Level = LogLevel.Information);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var message = context.Eval(inputs.Message);
        var level = inputs.Level switch
        {
            LogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
            LogLevel.Warning => Microsoft.Extensions.Logging.LogLevel.Warning,
            LogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
            _ => Microsoft.Extensions.Logging.LogLevel.Information,
        };
        context.Logger.Log(level, "Flow {FlowId} instance {InstanceId} node {NodeId}: {FlowMessage}", context.FlowId, context.InstanceId, context.NodeId, message);
        context.SetOutput("message", message);
        return ValueTask.FromResult(Outcome.Done);
    }
}
