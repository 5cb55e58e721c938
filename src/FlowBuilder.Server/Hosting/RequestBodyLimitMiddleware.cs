using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Hosting;

/// <summary>Applies <see cref="ServerOptions.MaxRequestBytes"/> to every route (webhooks included; audio uploads
/// get <see cref="ServerOptions.MaxUploadBytes"/>, CSV imports and tariff rates <see cref="ServerOptions.MaxImportBytes"/>, the public
/// click-to-call endpoints 4 KB),
/// whatever the server: Kestrel's own limit, the declared Content-Length, and a counting stream for
/// chunked bodies. Too large answers 413 through the exception handler.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var limit = path.StartsWithSegments("/api/media") ? options.Value.MaxUploadBytes
            : path.StartsWithSegments(ClickToCall.ClickToCallApi.PublicPrefix) ? ClickToCall.Public.PublicClickToCallEndpoints.MaxBodyBytes
            : IsImportUpload(path) ? options.Value.MaxImportBytes
            : options.Value.MaxRequestBytes;
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

    /// <summary><c>/api/groups/{id}/imports[/preview]</c>, <c>/api/info-databases/{id}/imports</c> and <c>/api/tariffs/{id}/rates.csv</c>.</summary>
    private static bool IsImportUpload(PathString path)
    {
        if (path.StartsWithSegments("/api/tariffs") && path.Value!.EndsWith("/rates.csv", StringComparison.OrdinalIgnoreCase)) return true;
        if (!path.StartsWithSegments("/api/groups") && !path.StartsWithSegments("/api/info-databases")) return false;
        var value = path.Value!.TrimEnd('/');
        return value.EndsWith("/imports", StringComparison.OrdinalIgnoreCase) || value.EndsWith("/imports/preview", StringComparison.OrdinalIgnoreCase);
    }

    public static BadHttpRequestException TooLarge(long limit) => new(
        $"The request body is larger than the {limit:N0} bytes this server accepts. Send a smaller body, or raise FlowBuilder:Server:MaxRequestBytes (MaxUploadBytes for audio uploads, MaxImportBytes for CSV imports).",
        StatusCodes.Status413PayloadTooLarge);
}
