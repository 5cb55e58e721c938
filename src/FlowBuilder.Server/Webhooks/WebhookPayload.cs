using System.Text.Json;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Server.Webhooks;

/// <summary>A webhook body as a flow value: JSON (any value), or a form as an object of strings; null when empty.</summary>
internal static class WebhookPayload
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the payload from the request's body, already read (and size-checked) into <paramref name="body"/>.</summary>
    public static async Task<object?> ReadAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            request.Body = new MemoryStream(body, writable: false);
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            return form.ToDictionary(field => field.Key, field => (object?)field.Value.ToString(), StringComparer.Ordinal);
        }
        if (body.Length == 0) return null;
        using var document = JsonDocument.Parse(body, Options);
        return FlowValues.FromJson(document.RootElement);
    }
}
