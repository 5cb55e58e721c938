using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Media;

internal static class MediaApi
{
    /// <summary>Upload, list, download and delete the audio files Play uses; uploads are converted to 8 kHz mono.</summary>
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder endpoints)
    {
        var media = endpoints.MapGroup("/api/media").WithTags("Media").ProducesProblem(StatusCodes.Status400BadRequest);
        media.MapGet("/", MediaEndpoints.List).WithName("ListMedia").WithSummary("The audio files flows can play, by name.").RequirePermission(Permission.FlowsRead);
        media.MapPut("/{name}", MediaEndpoints.PutAsync).WithName("PutMedia").Accepts<IFormFile>("audio/wav")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Stores a WAV file (PCM or G.711, mono or stereo, 8-48 kHz) under this name, converted to 8 kHz mono; replaces a file of the same name.").RequirePermission(Permission.FlowsWrite);
        media.MapPost("/", MediaEndpoints.UploadAsync).WithName("UploadMedia").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Stores WAV files sent as multipart/form-data (any field name; the file's own name is used, or the form field 'name').").RequirePermission(Permission.FlowsWrite);
        media.MapGet("/{name}", MediaEndpoints.Download).WithName("GetMedia").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The stored 8 kHz WAV file.").RequirePermission(Permission.FlowsRead);
        media.MapDelete("/{name}", MediaEndpoints.Delete).WithName("DeleteMedia").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.FlowsWrite);
        return endpoints;
    }
}
