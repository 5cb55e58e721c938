using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Plays silence into the call for a number of seconds.</summary>
[Activity("telephony.pause", Category = "Telephony", DisplayName = "Pause", Waits = true,
    Description = "Keeps the line silent for a number of seconds, then goes on.")]
[Outcomes("done", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class Pause(CallChannels channels) : Activity<Pause.Inputs>
{
    public sealed record Inputs(
        [property: Required, Range(0, 3600), Input(Description = "How long, in seconds.")] Expression<double> Seconds,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var seconds = context.Eval(inputs.Seconds);
        if (double.IsNaN(seconds) || seconds < 0) return Outcome.Fault($"Pause needs a number of seconds of 0 or more, not {seconds}.");
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var result = await call.Channel.PlayAsync(call.Id, Prompt.Silence(TimeSpan.FromSeconds(seconds)), stopOnDigit: false, context.CancellationToken);
        return CallOutcomes.From(context, result);
    }
}
