namespace FlowBuilder.Engine.Email;

/// <summary>The mail server refused the message or could not be reached; the message names which and why.</summary>
public sealed class EmailNotSentException(string message, Exception? inner = null) : Exception(message, inner);
