using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Starts recording the call; the recording runs until Stop Recording, its maximum, or the call's end.</summary>
[Activity("telephony.start-recording", Category = "Telephony", DisplayName = "Start Recording", Waits = true,
    Description = "Starts recording the call (a WAV file listed with the call). It stops at Stop Recording, after 'max seconds', or when the call ends. " +
        "Sets variable 'recording' so Stop Recording finds it.")]
[Outcomes("done", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("recordingId", "string")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class StartRecording(CallChannels channels) : Activity<StartRecording.Inputs>
{
    /// <summary>The flow variable holding the last recording started: <c>{ id, callId }</c>.</summary>
    internal const string Variable = "recording";

    public sealed record Inputs(
        [property: Input(Description = "caller (what the caller says) or both (stereo: the caller, and what the caller hears).")] RecordingLegs Legs = RecordingLegs.Caller,
        [property: Range(1, 14400), Input(DisplayName = "Max seconds", Description = "Stops by itself after this long; empty for no limit but the call's end.")] Expression<double>? MaxSeconds = null,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        TimeSpan? max = null;
        if (inputs.MaxSeconds is not null)
        {
            var seconds = context.Eval(inputs.MaxSeconds);
            if (double.IsNaN(seconds) || seconds <= 0)
            {
                context.SetOutput("error", $"'max seconds' must be more than 0, not {seconds}.");
                return CallOutcomes.Failure;
            }
            max = TimeSpan.FromSeconds(seconds);
        }
        var owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId);
        var started = await call.Channel.StartRecordingAsync(call.Id, new RecordingRequest(inputs.Legs, max, owner), context.CancellationToken);
        if (started.RecordingId is not { } recordingId) return CallOutcomes.From(context, new CallOperationResult(started.Status, started.Error));
        context.SetOutput("recordingId", recordingId);
        context.SetVariable(Variable, new Dictionary<string, object?> { ["id"] = recordingId, ["callId"] = call.Id });
        return Outcome.Done;
    }
}
