using Microsoft.Extensions.FileProviders;

namespace FlowBuilder.Server.Hosting;

/// <summary>Answers a GET or HEAD that no endpoint and no file took with the designer's <c>index.html</c>, so the
/// designer's own addresses (<c>/flows/x</c>, <c>/instances/y</c>) survive a reload. API, webhook, OpenAPI and health
/// addresses and paths naming a file (with an extension) keep their 404.</summary>
internal sealed class DesignerFallbackMiddleware(RequestDelegate next, IFileProvider files)
{
    public const string FilesKey = "FlowBuilder.DesignerFiles";

    private static readonly string[] ServerPrefixes = ["/api", "/hooks", "/openapi", "/health"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsPageRequest(context))
        {
            await next(context);
            return;
        }
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            await next(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = index.Length;
        context.Response.Headers.CacheControl = "no-cache";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.SendFileAsync(index, context.RequestAborted);
    }

    private static bool IsPageRequest(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (context.GetEndpoint() is not null) return false;
        if (ServerPrefixes.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))) return false;
        return !Path.HasExtension(request.Path.Value);
    }
}
