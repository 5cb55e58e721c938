namespace FlowBuilder.Engine.Definitions;

/// <summary>The flow JSON could not be read at all; <see cref="Path"/> is the JSON path at fault, and
/// <see cref="Line"/>/<see cref="Column"/> (1-based) where the text broke, when known.</summary>
public sealed class FlowFormatException(string path, string message, int? line = null, int? column = null) : Exception(message)
{
    public string Path { get; } = path;
    public int? Line { get; } = line;
    public int? Column { get; } = column;
}
