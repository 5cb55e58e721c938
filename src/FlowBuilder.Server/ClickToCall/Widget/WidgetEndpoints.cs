using System.Net;
using System.Security.Cryptography;
using FlowBuilder.Server.ClickToCall.Settings;

namespace FlowBuilder.Server.ClickToCall.Widget;

/// <summary>The embeddable widget script (an embedded resource of the server) and a demo page that embeds it.</summary>
internal static class WidgetEndpoints
{
    public const string ScriptPath = "/widget/click-to-call.js";
    public const string ScriptContentType = "text/javascript; charset=utf-8";

    /// <summary>Pages pick up a new widget within five minutes; the ETag spares the download when it did not change.</summary>
    public const string ScriptCacheControl = "public, max-age=300";

    private static readonly Lazy<(byte[] Content, string ETag)> Script = new(Load);

    public static IResult ScriptFile(HttpContext http)
    {
        var (content, etag) = Script.Value;
        var headers = http.Response.Headers;
        headers.CacheControl = ScriptCacheControl;
        headers.ETag = etag;
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch.Contains(etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(content, ScriptContentType);
    }

    /// <summary>A page with the widget of campaign <paramref name="key"/>, for trying it.</summary>
    public static IResult Demo(string? key, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!CampaignKeys.LooksValid(key))
        {
            const string help = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Click-to-call demo</title></head><body>"
                + "<h1>Click-to-call demo</h1><p>Open this page with a campaign key: <code>/widget/demo?key=KEY</code> "
                + "(the key is shown at <code>/api/click-to-call/campaigns/{id}/embed</code>).</p></body></html>";
            return TypedResults.Content(help, "text/html; charset=utf-8", statusCode: string.IsNullOrEmpty(key) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }
        var encoded = WebUtility.HtmlEncode(key);
        var page = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Click-to-call demo</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto;">
              <h1>Click-to-call demo</h1>
              <p>This page embeds the widget of campaign <code>{encoded}</code> the way a web site would. Press the button at the bottom right.</p>
              <script src="{ScriptPath}" data-campaign="{encoded}" async></script>
            </body>
            </html>
            """;
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

    private static (byte[] Content, string ETag) Load()
    {
        using var stream = typeof(WidgetEndpoints).Assembly.GetManifestResourceStream("FlowBuilder.Server.ClickToCall.Widget.click-to-call.js")
            ?? throw new InvalidOperationException("The widget script is missing from the server's resources: build FlowBuilder.Server again.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return (content, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
    }
}
