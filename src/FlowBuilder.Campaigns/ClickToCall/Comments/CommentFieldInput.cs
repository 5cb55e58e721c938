using System.Text.Json;

namespace FlowBuilder.Campaigns.ClickToCall.Comments;

/// <summary>Turns the API's <c>fields</c> JSON object into the text values <see cref="CallbackComments.AddAsync"/> checks:
/// strings as they are, numbers as written (12.5), booleans true/false, null as missing.</summary>
public static class CommentFieldInput
{
    /// <summary>Throws <see cref="CommentValidationException"/> (field <c>fields</c>) when <paramref name="fields"/> is not an object.</summary>
    public static IReadOnlyDictionary<string, string?> FromJson(JsonElement? fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (fields is not { } json || json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return values;
        if (json.ValueKind != JsonValueKind.Object)
            throw new CommentValidationException(new Dictionary<string, string> { ["fields"] = "fields must be a JSON object of field names and values, e.g. {\"amount\": 12.5}." });
        foreach (var property in json.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }
        return values;
    }
}
