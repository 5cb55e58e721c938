using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Stops a recording and reports what was stored.</summary>
[Activity("telephony.stop-recording", Category = "Telephony", DisplayName = "Stop Recording", Waits = true,
    Description = "Stops a recording (by default the last one Start Recording started in this flow) and reports its length and size. " +
        "Stopping a recording that already stopped (its maximum, or the call ended) reports it too.")]
[Outcomes("done", CallOutcomes.Failed)]
[Output("recordingId", "string")]
[Output("durationSeconds", "number")]
[Output("bytes", "number")]
[Output("error", "string")]
public sealed class StopRecording(CallChannels channels) : Activity<StopRecording.Inputs>
{
    public sealed record Inputs(
        [property: Input(DisplayName = "Recording id", Description = "Empty for the last recording this flow started (variable 'recording').")] Expression<string>? RecordingId = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var given = inputs.RecordingId is null ? null : context.Eval(inputs.RecordingId);
        var last = context.GetVariable(StartRecording.Variable) as Dictionary<string, object?>;
        var recordingId = string.IsNullOrWhiteSpace(given) ? last?.GetValueOrDefault("id") as string : given.Trim();
        if (recordingId is null)
        {
            context.SetOutput("error", "There is no recording to stop: start one with Start Recording first, or set 'recording id'.");
            return CallOutcomes.Failure;
        }
        context.SetOutput("recordingId", recordingId);
        // Recording ids name no channel: ask the channel of the recorded call first, then the others.
        var preferred = last?.GetValueOrDefault("callId") is string callId && recordingId == last.GetValueOrDefault("id") as string ? channels.For(callId) : null;
        var candidates = new[] { preferred }.Concat(channels.Names.Select(channels.Named)).OfType<ICallControl>().Distinct();
        foreach (var channel in candidates)
        {
            if (await channel.StopRecordingAsync(recordingId, context.CancellationToken) is not { } recording) continue;
            context.SetOutput("durationSeconds", Math.Round(recording.Duration.TotalSeconds, 3));
            context.SetOutput("bytes", recording.Bytes);
            return Outcome.Done;
        }
        context.SetOutput("error", $"Recording '{recordingId}' is unknown: it may belong to a call on another server.");
        return CallOutcomes.Failure;
    }
}
