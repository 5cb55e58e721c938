using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Recordings;

internal static class RecordingsApi
{
    /// <summary>Call recordings (made by the Record activity or a bridge) and their WAV files.</summary>
    public static IEndpointRouteBuilder MapRecordingsApi(this IEndpointRouteBuilder endpoints)
    {
        var recordings = endpoints.MapGroup("/api/recordings").WithTags("Recordings").ProducesProblem(StatusCodes.Status400BadRequest);
        recordings.MapGet("/", RecordingEndpoints.ListAsync).WithName("ListRecordings")
            .WithSummary("The company's recordings, newest first; callId matches either call of a bridged recording.").RequirePermission(Permission.CallsRead);
        recordings.MapGet("/{id}", RecordingEndpoints.GetAsync).WithName("GetRecording").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.CallsRead);
        recordings.MapGet("/{id}/audio", RecordingEndpoints.AudioAsync).WithName("GetRecordingAudio").ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: "audio/wav").Produces(StatusCodes.Status206PartialContent, contentType: "audio/wav")
            .WithSummary("The recording's WAV file as an attachment; supports Range requests.").RequirePermission(Permission.CallsRead);
        return endpoints;
    }
}
