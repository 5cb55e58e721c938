using System.Globalization;
using FlowBuilder.Campaigns.ClickToCall.Intake;

namespace FlowBuilder.Server.ClickToCall.Public;

internal static class PublicErrors
{
    public static IResult UnknownCampaign() => Error(CallbackRefusals.UnknownCampaign,
        "This call-back form is not active any more. Please contact the company another way.");

    public static IResult OriginNotAllowed(string? origin) => Error(CallbackRefusals.OriginNotAllowed, origin is null
        ? "A preflight request must send an Origin header."
        : $"Pages on {origin} may not use this call-back form. The company can allow the origin in the campaign's allowedOrigins.");

    public static IResult InvalidBody(string message) => TypedResults.Json(new PublicErrorView("invalid_body", message), statusCode: StatusCodes.Status400BadRequest);

    public static IResult Refused(HttpResponse response, CallbackIntakeResult result)
    {
        var code = result.Code ?? "refused";
        if (result.RetryAfter is { } retry)
            response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Json(new PublicErrorView(code, result.Message ?? "The request was refused.", result.Field, result.Request?.Id),
            statusCode: CallbackRefusals.HttpStatus(code));
    }

    private static IResult Error(string code, string message) =>
        TypedResults.Json(new PublicErrorView(code, message), statusCode: CallbackRefusals.HttpStatus(code));
}
