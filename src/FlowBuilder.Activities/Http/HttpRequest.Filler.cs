using FlowBuilder.Activities.Telephony;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Http;

public sealed partial class HttpRequest
{
    /// <summary>Starts the filler for this request when the node has a filler prompt and the flow has a call;
    /// the delay's timer is set before this returns, so it runs from before the request is sent.</summary>
    private FillerPrompt StartFiller(ActivityContext context, Inputs inputs)
    {
        if (inputs.FillerPrompt is null) return FillerPrompt.None;
        var text = context.Eval(inputs.FillerPrompt);
        if (string.IsNullOrWhiteSpace(text)) return FillerPrompt.None;
        if (FlowCall.IdFor(context, null) is not { } callId || channels.For(callId) is not { } channel) return FillerPrompt.None;
        var seconds = context.Eval(inputs.FillerDelaySeconds, 2);
        var delay = TimeSpan.FromSeconds(double.IsNaN(seconds) ? 2 : Math.Clamp(seconds, 0, 60));
        return FillerPrompt.Start(channel, callId, Prompt.Say(text), delay, context.Time, context.Logger, context.CancellationToken);
    }
}
