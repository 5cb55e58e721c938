using System.Text.Json;
using FlowBuilder.Engine.Runtime;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary>Writes a flow's reply (http.response) to the webhook caller: status, headers and a body as
/// text (strings) or JSON (anything else).</summary>
internal sealed class FlowReplyResult(FlowReply reply) : IResult
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "Trailer", "Content-Type",
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = reply.StatusCode;
        string? headerContentType = null;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) headerContentType = value;
            if (!Reserved.Contains(name)) response.Headers[name] = value;
        }
        var contentType = reply.ContentType ?? headerContentType;
        switch (reply.Body)
        {
            case null:
                if (contentType is not null) response.ContentType = contentType;
                return;
            case string text:
                response.ContentType = contentType ?? "text/plain; charset=utf-8";
                await response.WriteAsync(text, httpContext.RequestAborted).ConfigureAwait(false);
                return;
            default:
                response.ContentType = contentType ?? "application/json; charset=utf-8";
                var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                await JsonSerializer.SerializeAsync(response.Body, reply.Body, reply.Body.GetType(), options, httpContext.RequestAborted).ConfigureAwait(false);
                return;
        }
    }
}
