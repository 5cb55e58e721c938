using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Calls;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Calls;

/// <summary>Recordings in the <c>call_recordings</c> table (the WAV files stay on disk); storing an id again replaces its row.</summary>
internal sealed class SqlCallRecordingStore(DatabaseInitializer database) : ICallRecordingStore
{
    public async ValueTask AddAsync(CallRecording recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.CallRecordings.FirstOrDefaultAsync(r => r.Id == recording.Id, cancellationToken);
        if (existing is null) context.CallRecordings.Add(CallRecordingRow.Of(recording));
        else existing.CopyFrom(recording);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<CallRecording?> FindAsync(string recordingId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CallRecordings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        return row?.ToRecording();
    }

    public async ValueTask<IReadOnlyList<CallRecording>> ListAsync(CallRecordingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CallRecordings.AsNoTracking();
        if (query.CompanyId is { } companyId) rows = rows.Where(r => r.CompanyId == companyId);
        if (query.CallId is { } callId) rows = rows.Where(r => r.CallId == callId || r.OtherCallId == callId);
        if (query.InstanceId is { } instanceId) rows = rows.Where(r => r.InstanceId == instanceId);
        var list = await rows.OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return list.Select(r => r.ToRecording()).ToList();
    }
}
