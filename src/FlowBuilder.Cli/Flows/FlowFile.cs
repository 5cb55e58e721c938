using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Cli.Flows;

/// <summary>Reads a flow file: the text, and the definition or why it could not be parsed.</summary>
internal sealed record FlowFile(string Path, string? Text, FlowDefinition? Definition, string? ReadError, FlowFormatException? FormatError)
{
    public static FlowFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = error is FileNotFoundException or DirectoryNotFoundException ? "no such file" : error.Message;
            return new FlowFile(path, null, null, $"cannot read {path}: {reason}", null);
        }
        try
        {
            return new FlowFile(path, text, FlowJson.Parse(text), null, null);
        }
        catch (FlowFormatException error)
        {
            return new FlowFile(path, text, null, null, error);
        }
    }
}
