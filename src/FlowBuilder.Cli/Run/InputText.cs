using System.Text.Json;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Cli.Run;

/// <summary>Reads <c>--input</c>: a JSON object, given inline or as <c>@file.json</c>.</summary>
internal static class InputText
{
    public static Dictionary<string, object?>? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return new Dictionary<string, object?>(StringComparer.Ordinal);
        if (text.StartsWith('@'))
        {
            var path = text[1..];
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error = $"--input {text}: cannot read {path}: {failure.Message}";
                return null;
            }
        }
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"--input must be a JSON object such as {{\"name\": \"Ada\"}}, not a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.";
                return null;
            }
            return FlowValues.ObjectFromJson(document.RootElement);
        }
        catch (JsonException failure)
        {
            var where = failure.LineNumber is { } line ? $" (line {line + 1}, column {failure.BytePositionInLine + 1})" : "";
            error = $"--input is not valid JSON{where}: {FirstSentence(failure.Message)} Give a JSON object, e.g. --input '{{\"name\": \"Ada\"}}'.";
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message.TrimEnd();
    }
}
