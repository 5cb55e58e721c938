using System.Text;
using System.Text.Json;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Server.Flows;

/// <summary>A flow definition read from a request body, with the optional top-level <c>revision</c> field.</summary>
internal sealed record FlowBody(FlowDefinition Definition, long? Revision)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the body as a flow file. Malformed JSON throws <see cref="JsonException"/> (400 with path,
    /// line and column); an empty body throws <see cref="FlowFormatException"/>.</summary>
    public static async Task<FlowBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
            throw new FlowFormatException("$", "The request body is empty. Send a flow definition as JSON (id, name, nodes, edges); GET /api/schema/flow describes it.");
        var definition = JsonSerializer.Deserialize<FlowDefinition>(text, FlowJson.Options)
            ?? throw new FlowFormatException("$", "The request body is null. Send a flow definition as a JSON object.");
        return new FlowBody(definition, ReadRevision(text));
    }

    private static long? ReadRevision(string text)
    {
        using var document = JsonDocument.Parse(text, DocumentOptions);
        if (!document.RootElement.TryGetProperty("revision", out var revision)) return null;
        return revision.ValueKind == JsonValueKind.Number && revision.TryGetInt64(out var value)
            ? value
            : throw new FlowFormatException("$.revision", "revision must be the whole number the flow had when you read it (GET /api/flows/{id}).");
    }
}
