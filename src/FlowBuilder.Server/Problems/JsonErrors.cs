using System.Text.Json;

namespace FlowBuilder.Server.Problems;

/// <summary>Where a JSON body broke: path, 1-based line and column, and the reader's message without its location suffix.</summary>
internal static class JsonErrors
{
    public static (string Path, long? Line, long? Column, string Message) Locate(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        var line = error.LineNumber + 1;
        var column = error.BytePositionInLine + 1;
        return (error.Path ?? "$", line, column, message);
    }

    public static string Describe(JsonException error)
    {
        var (path, line, column, message) = Locate(error);
        var where = line is null ? "" : $" (line {line}, column {column})";
        return $"Malformed JSON at {path}{where}: {message} Nothing was changed; fix the JSON and send it again.";
    }
}
