using System.Collections.Concurrent;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Recording;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    private readonly ConcurrentDictionary<string, SipCallRecording> _recordings = new(StringComparer.Ordinal);

    /// <summary>Where finished recordings are listed.</summary>
    public ICallRecordingStore Recordings { get; }

    /// <summary>The full path of <see cref="Hosting.SipOptions.RecordingsFolder"/>.</summary>
    public string RecordingsFolder { get; }

    /// <summary>
    /// Records an answered call to <c>&lt;RecordingsFolder&gt;/rec-&lt;guid&gt;.wav</c>, streamed to disk (see <see cref="CallRecorder"/>):
    /// <see cref="RecordingLegs.Caller"/> mono, what the party says; <see cref="RecordingLegs.Both"/> stereo, right what it hears
    /// (prompts, or the bridged party). One recording per call at a time.
    /// </summary>
    public ValueTask<RecordingStartResult> StartRecordingAsync(string callId, RecordingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_legs.TryGetValue(callId, out var leg))
        {
            var missing = Missing(callId);
            return ValueTask.FromResult(new RecordingStartResult(missing.Status, Error: missing.Error));
        }
        if (request.MaxDuration is { } max && max <= TimeSpan.Zero)
        {
            return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: $"MaxDuration {max} must be positive (or null for no limit)."));
        }
        var id = $"rec-{Guid.NewGuid():N}";
        SipCallRecording recording;
        lock (leg.Gate)
        {
            if (leg.IsEnded) return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.HungUp));
            var refusal = leg switch
            {
                { State: not SipCallLegState.Answered } => $"Call '{callId}' is not answered: answer it before recording.",
                { Recording: { } running } => $"Call '{callId}' is already being recorded ({running.Id}): stop that recording first.",
                { Receiver: null } or { Socket: null } => $"Call '{callId}' has no audio stream to record (no codec was agreed).",
                _ => null,
            };
            if (refusal is not null) return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: refusal));
            CallRecorder recorder;
            try
            {
                Directory.CreateDirectory(RecordingsFolder);
                recorder = new CallRecorder(Path.Combine(RecordingsFolder, id + ".wav"), request.Legs == RecordingLegs.Both ? 2 : 1, _time);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: $"Recording to '{RecordingsFolder}' failed: {e.Message}"));
            }
            recording = new SipCallRecording(id, leg, request, recorder, _time.GetUtcNow())
            {
                OtherCallId = leg.Bridge?.Other(leg).Id,
                Receiver = leg.Receiver,
                Socket = request.Legs == RecordingLegs.Both ? leg.Socket : null,
            };
            leg.Receiver!.Tap = new RecordingChannelTap(recorder, 0);
            if (recording.Socket is { } socket) socket.Tap = new RecordingChannelTap(recorder, 1);
            leg.Recording = recording;
            _recordings[id] = recording;
            if (request.MaxDuration is { } limit) recording.Timer = _time.CreateTimer(_ => _ = FinishRecordingAsync(recording), null, limit, Timeout.InfiniteTimeSpan);
        }
        _logger.LogInformation("Call {CallId}: recording {RecordingId} ({Legs})", callId, id, request.Legs);
        return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Completed, id));
    }

    public async ValueTask<CallRecording?> StopRecordingAsync(string recordingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordingId);
        if (_recordings.TryGetValue(recordingId, out var recording)) return await FinishRecordingAsync(recording).WaitAsync(cancellationToken).ConfigureAwait(false);
        return await Recordings.FindAsync(recordingId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Detaches the recording, completes its file and stores it, once; every caller gets the stored recording.</summary>
    private async Task<CallRecording> FinishRecordingAsync(SipCallRecording recording)
    {
        if (!recording.BeginFinish()) return await recording.Stored.Task.ConfigureAwait(false);
        var leg = recording.Leg;
        lock (leg.Gate)
        {
            recording.Timer?.Dispose();
            if (recording.Receiver is { } receiver) receiver.Tap = null;
            if (recording.Socket is { } socket) socket.Tap = null;
            if (ReferenceEquals(leg.Recording, recording)) leg.Recording = null;
        }
        long bytes;
        try
        {
            bytes = recording.Recorder.Complete();
        }
        catch (IOException e)
        {
            _logger.LogError(e, "Completing recording {RecordingId} failed", recording.Id);
            bytes = 0;
        }
        var owner = recording.Request.Owner ?? leg.Owner;
        var stored = new CallRecording(
            recording.Id, leg.Id, ChannelName, recording.Request.Legs, recording.Recorder.Path, recording.StartedAt, _time.GetUtcNow(), bytes,
            recording.OtherCallId, owner?.CompanyId, owner?.FlowId, owner?.InstanceId);
        try
        {
            await Recordings.AddAsync(stored, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Storing recording {RecordingId} of call {CallId} failed", recording.Id, leg.Id);
        }
        _recordings.TryRemove(recording.Id, out _);
        recording.Stored.TrySetResult(stored);
        return stored;
    }
}
