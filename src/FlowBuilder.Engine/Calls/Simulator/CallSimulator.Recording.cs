using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    private const int SampleRate = 8000;
    private readonly Dictionary<string, SimulatedRecording> _activeRecordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<CallRecording>> _storedRecordings = new(StringComparer.Ordinal);

    public ValueTask<RecordingStartResult> StartRecordingAsync(string callId, RecordingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call)) return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: $"The simulator has no call '{callId}'."));
            if (call.State == SimulatedCallState.Ended) return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.HungUp));
            if (!call.IsUp) return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: $"Call '{callId}' is not answered: answer it before recording."));
            var recording = new SimulatedRecording($"rec-{Guid.NewGuid():N}", call, request, _time.GetUtcNow())
            {
                OtherCallId = call.Bridge?.Other(call).Info.Id,
            };
            if (request.MaxDuration is { } limit && limit > TimeSpan.Zero)
                recording.Limit = _time.CreateTimer(_ => StopOnLimit(recording.Id), null, limit, Timeout.InfiniteTimeSpan);
            _activeRecordings[recording.Id] = recording;
            Record(call, SimulatedCallEventKind.RecordingStarted, e => e with { Text = recording.Id });
            return ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Completed, recording.Id));
        }
    }

    public async ValueTask<CallRecording?> StopRecordingAsync(string recordingId, CancellationToken cancellationToken)
    {
        Task<CallRecording>? stored;
        lock (_gate)
        {
            if (_activeRecordings.TryGetValue(recordingId, out var recording)) Stop(recording);
            stored = _storedRecordings.GetValueOrDefault(recordingId);
        }
        return stored is null ? null : await stored.ConfigureAwait(false);
    }

    private void StopOnLimit(string recordingId)
    {
        lock (_gate)
        {
            if (_activeRecordings.TryGetValue(recordingId, out var recording)) Stop(recording);
        }
    }

    /// <summary>Under the lock: stops the leg's recordings (the leg ended).</summary>
    private void StopRecordings(SimulatedCall call)
    {
        foreach (var recording in _activeRecordings.Values.Where(r => ReferenceEquals(r.Call, call)).ToList()) Stop(recording);
    }

    /// <summary>Under the lock: ends the recording and writes its file and entry in the background.</summary>
    private void Stop(SimulatedRecording recording)
    {
        _activeRecordings.Remove(recording.Id);
        recording.Limit?.Dispose();
        var endedAt = _time.GetUtcNow();
        if (recording.Request.MaxDuration is { } limit && endedAt - recording.StartedAt > limit) endedAt = recording.StartedAt + limit;
        Record(recording.Call, SimulatedCallEventKind.RecordingStopped, e => e with { Text = recording.Id, Duration = endedAt - recording.StartedAt });
        _storedRecordings[recording.Id] = Task.Run(() => StoreAsync(recording, endedAt));
    }

    private async Task<CallRecording> StoreAsync(SimulatedRecording recording, DateTimeOffset endedAt)
    {
        var channels = recording.Request.Legs == RecordingLegs.Both ? 2 : 1;
        Directory.CreateDirectory(_options.RecordingsFolder);
        var path = Path.Combine(_options.RecordingsFolder, recording.Id + ".wav");
        var samples = (long)Math.Round((endedAt - recording.StartedAt).TotalSeconds * SampleRate);
        var bytes = await WriteSilenceAsync(path, channels, samples).ConfigureAwait(false);
        var owner = recording.Request.Owner ?? recording.Call.Owner;
        var stored = new CallRecording(
            recording.Id, recording.Call.Info.Id, ChannelName, recording.Request.Legs, path, recording.StartedAt, endedAt, bytes,
            recording.OtherCallId, owner?.CompanyId, owner?.FlowId, owner?.InstanceId);
        try
        {
            await _recordings.AddAsync(stored, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Storing simulated recording {RecordingId} failed", recording.Id);
            throw;
        }
        return stored;
    }

    /// <summary>A 16-bit PCM WAV of silence; returns its size in bytes.</summary>
    private static async Task<long> WriteSilenceAsync(string path, int channels, long samples)
    {
        var dataBytes = samples * channels * 2;
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BitConverter.TryWriteBytes(header.AsSpan(4), (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BitConverter.TryWriteBytes(header.AsSpan(16), 16);
        BitConverter.TryWriteBytes(header.AsSpan(20), (short)1);
        BitConverter.TryWriteBytes(header.AsSpan(22), (short)channels);
        BitConverter.TryWriteBytes(header.AsSpan(24), SampleRate);
        BitConverter.TryWriteBytes(header.AsSpan(28), SampleRate * channels * 2);
        BitConverter.TryWriteBytes(header.AsSpan(32), (short)(channels * 2));
        BitConverter.TryWriteBytes(header.AsSpan(34), (short)16);
        "data"u8.CopyTo(header.AsSpan(36));
        BitConverter.TryWriteBytes(header.AsSpan(40), (uint)dataBytes);
        await file.WriteAsync(header).ConfigureAwait(false);
        var zeros = new byte[16 * 1024];
        for (var left = dataBytes; left > 0; left -= zeros.Length) await file.WriteAsync(zeros.AsMemory(0, (int)Math.Min(zeros.Length, left))).ConfigureAwait(false);
        return header.Length + dataBytes;
    }
}
