using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>Reads and writes flow files with the one set of JSON options the product uses.</summary>
public static class FlowJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // Flow files are read by people and diffed in git: '+', quotes and accents stay as typed.
            // Only JSON's own escapes are written; a flow file is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Parses a flow file; throws <see cref="FlowFormatException"/> naming the JSON path at fault.</summary>
    public static FlowDefinition Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FlowDefinition>(json, Options)
                ?? throw new FlowFormatException("$", "The flow file is empty (null). Provide a JSON object with id, name, nodes and edges.");
        }
        catch (JsonException error)
        {
            throw new FlowFormatException(error.Path ?? "$", DescribeJsonError(error),
                error.LineNumber is { } line ? (int)line + 1 : null, error.BytePositionInLine is { } column ? (int)column + 1 : null);
        }
    }

    public static string Serialize(FlowDefinition flow) => JsonSerializer.Serialize(flow, Options);

    internal static string DescribeJsonError(JsonException error)
    {
        var where = error.LineNumber is { } line ? $" (line {line + 1}, column {error.BytePositionInLine + 1})" : "";
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return $"Malformed flow JSON at {error.Path ?? "$"}{where}: {message}";
    }
}
