namespace FlowBuilder.Telephony.Media.Library;

/// <summary>A media file name that cannot be used (path characters, empty, too long).</summary>
public sealed class MediaNameException(string message) : Exception(message);
