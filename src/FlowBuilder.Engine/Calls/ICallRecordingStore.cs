namespace FlowBuilder.Engine.Calls;

/// <summary>Where recordings are listed (the WAV files live in the recordings folder): EF Core in the server, in memory otherwise.</summary>
public interface ICallRecordingStore
{
    /// <summary>Stores a recording; the same id again replaces it.</summary>
    ValueTask AddAsync(CallRecording recording, CancellationToken cancellationToken);

    ValueTask<CallRecording?> FindAsync(string recordingId, CancellationToken cancellationToken);

    /// <summary>Newest first; <see cref="CallRecordingQuery.CallId"/> matches either call of a bridged recording.</summary>
    ValueTask<IReadOnlyList<CallRecording>> ListAsync(CallRecordingQuery query, CancellationToken cancellationToken);
}
