using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Plays an uploaded audio file into the call.</summary>
[Activity("telephony.play", Category = "Telephony", DisplayName = "Play Audio", Waits = true,
    Description = "Plays an audio file from the media library and goes on when it ends, or when a digit stops it with barge-in.")]
[Outcomes("done", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("played", "string", Description = "The file played.")]
[Output("interrupted", "boolean")]
[Output("callId", "string")]
[Output("error", "string", Description = "Why it failed, e.g. the file is missing.")]
public sealed class PlayAudio(CallChannels channels) : Activity<PlayAudio.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Description = "File name in the media library, e.g. welcome.wav.")] Expression<string> File,
        [property: Input(DisplayName = "Barge-in")] bool BargeIn = false,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var file = context.Eval(inputs.File) ?? "";
        context.SetOutput("played", file);
        var result = await call.Channel.PlayAsync(call.Id, Prompt.Audio(file, context.CompanyId), inputs.BargeIn, context.CancellationToken);
        context.SetOutput("interrupted", result.Status == CallOperationStatus.Interrupted);
        return CallOutcomes.From(context, result);
    }
}
