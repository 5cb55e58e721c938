using System.ComponentModel.DataAnnotations;
using FlowBuilder.Activities.Billing;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>An IVR menu: says a prompt, reads one key and goes on along the option it selects.</summary>
[Activity("telephony.menu", Category = "Telephony", DisplayName = "Menu", Waits = true,
    Description = "Says the prompt and waits for one key; goes on along the option's outcome. A wrong key or silence says the invalid or timeout prompt and asks again, up to 'retries' more times, then takes 'invalid' or 'timeout'.")]
[Outcomes("invalid", "timeout", CallOutcomes.HungUp, CallOutcomes.Failed)]
[DynamicOutcomes("options", "name")]
[Output("digit", "string", Description = "The key pressed last (empty on timeout).")]
[Output("option", "string", Description = "The option chosen.")]
[Output("attempts", "number", Description = "How many times the prompt was said.")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class Menu(CallChannels channels) : Activity<Menu.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Editor = "multiline", Description = "E.g. 'Press 1 for sales, 2 for support.'")] Expression<string> Prompt,
        [property: Input(Description = "TTS voice or language; empty for the default.")] Expression<string>? Voice,
        [property: Required] IReadOnlyList<MenuOption> Options,
        [property: Input(Description = "Extra tries after a wrong key or silence; default 3.")] Expression<int>? Retries = null,
        [property: Input(DisplayName = "Invalid prompt", Description = "Said after a wrong key, before asking again.")] Expression<string>? InvalidPrompt = null,
        [property: Input(DisplayName = "Timeout prompt", Description = "Said after silence, before asking again.")] Expression<string>? TimeoutPrompt = null,
        [property: Input(DisplayName = "Timeout (s)", Description = "How long to wait for a key; default 5.")] Expression<double>? TimeoutSeconds = null,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var retries = context.Eval(inputs.Retries, 3);
        if (retries < 0) return Outcome.Fault($"Retries must be 0 or more, not {retries}.");
        var wait = TimeSpan.FromSeconds(context.Eval(inputs.TimeoutSeconds, 5));
        var rules = new DigitRules(1, 1, null, wait, wait);
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var voice = context.Eval(inputs.Voice, null!);
        voice = string.IsNullOrWhiteSpace(voice) ? null : voice;
        var prompt = Engine.Calls.Prompt.Say(context.Eval(inputs.Prompt) ?? "", voice);
        var missed = "timeout";
        for (var attempt = 1; attempt <= retries + 1; attempt++)
        {
            context.SetOutput("attempts", attempt);
            var collected = await DigitCollector.PromptThenCollectAsync(context, call, prompt, bargeIn: true, rules, context.CancellationToken);
            context.SetOutput("digit", collected.Digits);
            if (collected.Status == DigitCollectionStatus.HungUp) return Outcome.To(CallOutcomes.HungUp);
            if (collected.Status == DigitCollectionStatus.Failed)
            {
                context.SetOutput("error", collected.Error ?? "The menu prompt failed.");
                return CallOutcomes.Failure;
            }
            if (collected.Status == DigitCollectionStatus.Done && inputs.Options.FirstOrDefault(o => o.Digit == collected.Digits) is { } chosen)
            {
                context.SetOutput("option", chosen.Name);
                return Outcome.To(chosen.Name);
            }
            missed = collected.Status == DigitCollectionStatus.Timeout ? "timeout" : "invalid";
            if (attempt > retries) break;
            var sorry = missed == "timeout" ? inputs.TimeoutPrompt : inputs.InvalidPrompt;
            var sorryText = sorry is null ? null : context.Eval(sorry);
            if (!string.IsNullOrWhiteSpace(sorryText))
            {
                var sorryPrompt = Engine.Calls.Prompt.Say(sorryText, voice);
                var said = await call.Channel.PlayAsync(call.Id, sorryPrompt, stopOnDigit: false, context.CancellationToken);
                await FlowMetering.SpokenAsync(context, sorryPrompt, said);
                if (said.Status is CallOperationStatus.HungUp or CallOperationStatus.Failed) return CallOutcomes.From(context, said);
            }
            call.Channel.ClearDigits(call.Id);
        }
        return Outcome.To(missed);
    }
}
