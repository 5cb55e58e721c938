using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Speech;

internal static class SpeechApi
{
    /// <summary>Prompts spoken by the server's text-to-speech engine as WAV, so the designer can play what a caller hears.</summary>
    public static IEndpointRouteBuilder MapSpeechApi(this IEndpointRouteBuilder endpoints)
    {
        var speech = endpoints.MapGroup("/api/speech").WithTags("Speech");
        speech.MapGet("/", SpeechEndpoints.SpeakAsync).WithName("Speak")
            .Produces(StatusCodes.Status200OK, contentType: "audio/wav")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary($"The text spoken by the server's text-to-speech engine as an 8 kHz 16-bit mono WAV, as a caller hears it (at most {SpeechEndpoints.MaxTextLength} characters).").RequirePermission(Permission.FlowsRead);
        speech.MapGet("/status", SpeechEndpoints.StatusAsync).WithName("SpeechStatus")
            .WithSummary("Whether text-to-speech works here, which engine speaks, and what to install or configure when it does not.").RequirePermission(Permission.FlowsRead);
        return endpoints;
    }
}
