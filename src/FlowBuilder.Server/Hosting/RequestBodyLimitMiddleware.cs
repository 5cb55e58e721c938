using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Hosting;

/// <summary>Applies <see cref="ServerOptions.MaxRequestBytes"/> to every route (webhooks included; audio uploads
/// get <see cref="ServerOptions.MaxUploadBytes"/>),
/// whatever the server: Kestrel's own limit, the declared Content-Length, and a counting stream for
/// chunked bodies. Too large answers 413 through the exception handler.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.Request.Path.StartsWithSegments("/api/media") ? options.Value.MaxUploadBytes : options.Value.MaxRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > limit) throw TooLarge(limit);
        }
        else if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            request.Body = new LengthLimitedStream(request.Body, limit);
        }
        return next(context);
    }

    public static BadHttpRequestException TooLarge(long limit) => new(
        $"The request body is larger than the {limit:N0} bytes this server accepts. Send a smaller body, or raise FlowBuilder:Server:MaxRequestBytes (MaxUploadBytes for audio uploads).",
        StatusCodes.Status413PayloadTooLarge);
}
