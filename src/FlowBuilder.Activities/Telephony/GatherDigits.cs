using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Plays an optional prompt and collects digits from the caller.</summary>
[Activity("telephony.gather", Category = "Telephony", DisplayName = "Gather Digits", Waits = true,
    Description = "Says a prompt and collects digits: 'done' with output 'digits' when enough were entered (terminator, maximum or a pause after the last digit), 'timeout' when none came, 'invalid' when too few.")]
[Outcomes("done", "timeout", "invalid", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("digits", "string", Description = "What was entered, without the terminator.")]
[Output("said", "string")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class GatherDigits(CallChannels channels) : Activity<GatherDigits.Inputs>
{
    public sealed record Inputs(
        [property: Input(Editor = "multiline", Description = "What to say first; {{ }} templates insert values. Empty for no prompt.")] Expression<string>? Prompt,
        [property: Input(Description = "TTS voice or language; empty for the default.")] Expression<string>? Voice,
        [property: Input(DisplayName = "Minimum digits", Description = "Default 1.")] Expression<int>? MinDigits,
        [property: Input(DisplayName = "Maximum digits", Description = "Entry ends at this many; empty for no limit.")] Expression<int>? MaxDigits,
        [property: Input(Description = "Key that ends entry; empty for none.")] string Terminator = "#",
        [property: Input(DisplayName = "First digit timeout (s)", Description = "Default 5.")] Expression<double>? FirstDigitTimeoutSeconds = null,
        [property: Input(DisplayName = "Inter-digit timeout (s)", Description = "Default 3.")] Expression<double>? InterDigitTimeoutSeconds = null,
        [property: Input(DisplayName = "Barge-in", Description = "Digits pressed during the prompt stop it and count.")] bool BargeIn = true,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var rules = new DigitRules(
            context.Eval(inputs.MinDigits, 1),
            inputs.MaxDigits is null ? null : context.Eval(inputs.MaxDigits),
            inputs.Terminator,
            TimeSpan.FromSeconds(context.Eval(inputs.FirstDigitTimeoutSeconds, 5)),
            TimeSpan.FromSeconds(context.Eval(inputs.InterDigitTimeoutSeconds, 3)));
        if (rules.Problem() is { } problem) return Outcome.Fault(problem);
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var text = inputs.Prompt is null ? null : context.Eval(inputs.Prompt);
        var voice = context.Eval(inputs.Voice, null!);
        Prompt? prompt = string.IsNullOrWhiteSpace(text) ? null : Engine.Calls.Prompt.Say(text, string.IsNullOrWhiteSpace(voice) ? null : voice);
        if (prompt is not null) context.SetOutput("said", text);
        var collected = await DigitCollector.PromptThenCollectAsync(context, call, prompt, inputs.BargeIn, rules, context.CancellationToken);
        context.SetOutput("digits", collected.Digits);
        switch (collected.Status)
        {
            case DigitCollectionStatus.Done: return Outcome.Done;
            case DigitCollectionStatus.Timeout: return Outcome.To("timeout");
            case DigitCollectionStatus.Invalid: return Outcome.To("invalid");
            case DigitCollectionStatus.HungUp: return Outcome.To(CallOutcomes.HungUp);
            default:
                context.SetOutput("error", collected.Error ?? "Collecting digits failed.");
                return CallOutcomes.Failure;
        }
    }
}
