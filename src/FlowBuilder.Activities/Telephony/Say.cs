using System.ComponentModel.DataAnnotations;
using FlowBuilder.Activities.Billing;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Speaks text into the call (text-to-speech).</summary>
[Activity("telephony.say", Category = "Telephony", DisplayName = "Say", Waits = true,
    Description = "Speaks a text (a {{ }} template) to the caller and goes on when it has been said, or when a digit stops it with barge-in.")]
[Outcomes("done", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("said", "string", Description = "The text as spoken.")]
[Output("interrupted", "boolean", Description = "True when a digit stopped it.")]
[Output("callId", "string")]
[Output("error", "string", Description = "Why it failed, e.g. the TTS engine's error.")]
public sealed class Say(CallChannels channels) : Activity<Say.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Editor = "multiline", Description = "What to say; {{ }} templates insert values.")] Expression<string> Text,
        [property: Input(Description = "TTS voice or language, e.g. en-us; empty for the default.")] Expression<string>? Voice,
        [property: Input(DisplayName = "Barge-in", Description = "A digit from the caller stops the speech (and is kept for the next Gather).")] bool BargeIn = false,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var text = context.Eval(inputs.Text) ?? "";
        var voice = context.Eval(inputs.Voice, null!);
        context.SetOutput("said", text);
        var prompt = Prompt.Say(text, string.IsNullOrWhiteSpace(voice) ? null : voice);
        var result = await call.Channel.PlayAsync(call.Id, prompt, inputs.BargeIn, context.CancellationToken);
        await FlowMetering.SpokenAsync(context, prompt, result);
        context.SetOutput("interrupted", result.Status == CallOperationStatus.Interrupted);
        return CallOutcomes.From(context, result);
    }
}
