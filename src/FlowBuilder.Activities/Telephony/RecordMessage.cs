using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Voicemail: an optional prompt and beep, then records what the caller says until a stop digit, the maximum, or hang-up.</summary>
[Activity("telephony.record-message", Category = "Telephony", DisplayName = "Record Message", Waits = true,
    Description = "Says an optional prompt, plays an optional beep, then records the caller until they press a stop digit (default #), 'max seconds' pass (default 120), or they hang up. " +
        "'recorded' when stopped by a digit or the maximum. 'hangup' when the caller hung up while recording: the message is kept and recordingId is set " +
        "(wire 'hangup' to what should happen with a message left that way); recordingId is empty when they hung up before recording started.")]
[Outcomes("recorded", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("recordingId", "string")]
[Output("durationSeconds", "number")]
[Output("stoppedBy", "string", Description = "digit, max, hangup or failed.")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class RecordMessage(CallChannels channels) : Activity<RecordMessage.Inputs>
{
    public sealed record Inputs(
        [property: Input(Editor = "multiline", Description = "Said before recording, e.g. 'Please leave a message after the tone.'; empty for none.")] Expression<string>? Prompt = null,
        [property: Input(Description = "Audio file played just before recording (a beep); empty for none.")] Expression<string>? Beep = null,
        [property: Range(1, 3600), Input(DisplayName = "Max seconds", Description = "Longest message; default 120.")] Expression<double>? MaxSeconds = null,
        [property: Input(DisplayName = "Stop digits", Description = "Digits that end the message; default #. Empty stops only at the maximum or hang-up.")] string StopDigits = "#",
        [property: Input(Description = "TTS voice for the prompt; empty for the default.")] Expression<string>? Voice = null,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var seconds = context.Eval(inputs.MaxSeconds, 120);
        if (double.IsNaN(seconds) || seconds <= 0)
        {
            context.SetOutput("error", $"'max seconds' must be more than 0, not {seconds}.");
            return CallOutcomes.Failure;
        }
        var max = TimeSpan.FromSeconds(seconds);
        var ct = context.CancellationToken;
        var text = inputs.Prompt is null ? null : context.Eval(inputs.Prompt);
        var voice = inputs.Voice is null ? null : context.Eval(inputs.Voice);
        if (!string.IsNullOrWhiteSpace(text) && await Play(context, call, Prompt.Say(text, string.IsNullOrWhiteSpace(voice) ? null : voice)) is { } afterPrompt) return afterPrompt;
        var beep = inputs.Beep is null ? null : context.Eval(inputs.Beep);
        if (!string.IsNullOrWhiteSpace(beep) && await Play(context, call, Prompt.Audio(beep, context.CompanyId)) is { } afterBeep) return afterBeep;

        call.Channel.ClearDigits(call.Id);
        var owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId);
        var started = await call.Channel.StartRecordingAsync(call.Id, new RecordingRequest(RecordingLegs.Caller, max, owner), ct);
        if (started.RecordingId is not { } recordingId) return CallOutcomes.From(context, new CallOperationResult(started.Status, started.Error));
        context.SetOutput("recordingId", recordingId);

        var stoppedBy = await WaitForEndAsync(context, call, inputs.StopDigits, max);
        var recording = await call.Channel.StopRecordingAsync(recordingId, CancellationToken.None);
        context.SetOutput("stoppedBy", stoppedBy);
        context.SetOutput("durationSeconds", recording is null ? 0 : Math.Round(recording.Duration.TotalSeconds, 3));
        return stoppedBy switch
        {
            "hangup" => Outcome.To(CallOutcomes.HungUp),
            "failed" => CallOutcomes.Failure,
            _ => Outcome.To("recorded"),
        };
    }

    /// <summary>digit, max, hangup, or failed (the channel could not read digits); other digits are ignored.</summary>
    private static async ValueTask<string> WaitForEndAsync(ActivityContext context, FlowCall call, string stopDigits, TimeSpan max)
    {
        var deadline = context.Time.GetUtcNow() + max;
        while (true)
        {
            var left = deadline - context.Time.GetUtcNow();
            if (left <= TimeSpan.Zero) return "max";
            var read = await call.Channel.ReadDigitAsync(call.Id, left, context.CancellationToken);
            switch (read.Status)
            {
                case CallOperationStatus.HungUp:
                    return "hangup";
                case CallOperationStatus.Failed:
                    context.SetOutput("error", read.Error ?? "Digits could not be read while recording.");
                    return "failed";
            }
            if (read.Digit is not { } digit) return "max";
            if (stopDigits.Contains(digit, StringComparison.Ordinal)) return "digit";
        }
    }

    /// <summary>Plays a prompt; null to go on, else the outcome to end with (hang-up or failure).</summary>
    private static async ValueTask<Outcome?> Play(ActivityContext context, FlowCall call, Prompt prompt)
    {
        var played = await call.Channel.PlayAsync(call.Id, prompt, stopOnDigit: false, context.CancellationToken);
        return played.Status is CallOperationStatus.Completed or CallOperationStatus.Interrupted ? null : CallOutcomes.From(context, played);
    }
}
