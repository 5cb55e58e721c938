using FlowBuilder.Engine.Calls;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Recordings;

internal static class RecordingEndpoints
{
    public const int MaxLimit = 1000;

    public static async Task<Results<Ok<IReadOnlyList<RecordingView>>, ProblemHttpResult>> ListAsync(
        string? callId, string? instanceId, int? limit, ICallRecordingStore recordings, ICompanyContext company, CancellationToken cancellationToken)
    {
        var count = limit ?? 100;
        if (count is < 1 or > MaxLimit) return ApiProblems.BadRequest($"limit must be between 1 and {MaxLimit}.", ("path", "limit"));
        var list = await recordings.ListAsync(new CallRecordingQuery(company.CompanyId, Blank(callId), Blank(instanceId), count), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RecordingView>>(list.Select(RecordingView.From).ToList());
    }

    public static async Task<Results<Ok<RecordingView>, ProblemHttpResult>> GetAsync(
        string id, ICallRecordingStore recordings, ICompanyContext company, CancellationToken cancellationToken)
    {
        var recording = await FindAsync(id, recordings, company, cancellationToken);
        return recording is null ? NotFound(id) : TypedResults.Ok(RecordingView.From(recording));
    }

    /// <summary>The WAV file, as an attachment; range requests are answered (206) so players can seek.</summary>
    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> AudioAsync(
        string id, ICallRecordingStore recordings, ICompanyContext company, CancellationToken cancellationToken)
    {
        var recording = await FindAsync(id, recordings, company, cancellationToken);
        if (recording is null) return NotFound(id);
        var path = Path.GetFullPath(recording.FilePath);
        if (!File.Exists(path))
            return ApiProblems.NotFound("Recording file gone",
                $"Recording '{id}' is listed but its WAV file is no longer in the recordings folder (deleted or moved). Only its details remain at /api/recordings/{id}.",
                ("recordingId", id));
        return TypedResults.PhysicalFile(path, "audio/wav", $"{recording.Id}.wav", enableRangeProcessing: true);
    }

    private static async Task<CallRecording?> FindAsync(string id, ICallRecordingStore recordings, ICompanyContext company, CancellationToken cancellationToken)
    {
        var recording = await recordings.FindAsync(id, cancellationToken);
        return recording is not null && recording.CompanyId == company.CompanyId ? recording : null;
    }

    private static ProblemHttpResult NotFound(string id) =>
        ApiProblems.NotFound("Recording not found", $"No recording '{id}' exists. List recordings at /api/recordings.", ("recordingId", id));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
