using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Calls;

public sealed class InMemoryCallRecordingStore : ICallRecordingStore
{
    private readonly ConcurrentDictionary<string, CallRecording> _recordings = new(StringComparer.Ordinal);

    public ValueTask AddAsync(CallRecording recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        _recordings[recording.Id] = recording;
        return ValueTask.CompletedTask;
    }

    public ValueTask<CallRecording?> FindAsync(string recordingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_recordings.GetValueOrDefault(recordingId));

    public ValueTask<IReadOnlyList<CallRecording>> ListAsync(CallRecordingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<CallRecording> found = _recordings.Values
            .Where(r => query.CompanyId is null || r.CompanyId == query.CompanyId)
            .Where(r => query.CallId is null || r.CallId == query.CallId || r.OtherCallId == query.CallId)
            .Where(r => query.InstanceId is null || r.InstanceId == query.InstanceId)
            .OrderByDescending(r => r.StartedAt)
            .Take(query.Limit)
            .ToList();
        return ValueTask.FromResult(found);
    }
}
