namespace FlowBuilder.Engine.Definitions;

/// <summary>The flow JSON could not be read at all; <see cref="Path"/> is the JSON path at fault.</summary>
public sealed class FlowFormatException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
