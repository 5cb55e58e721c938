using System.Text.Json;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Server.Webhooks;

/// <summary>A webhook body as a flow value: JSON (any value), or a form as an object of strings; null when empty.</summary>
internal static class WebhookPayload
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<object?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            return form.ToDictionary(field => field.Key, field => (object?)field.Value.ToString(), StringComparer.Ordinal);
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0) return null;
        using var document = JsonDocument.Parse(buffer.ToArray(), Options);
        return FlowValues.FromJson(document.RootElement);
    }
}
