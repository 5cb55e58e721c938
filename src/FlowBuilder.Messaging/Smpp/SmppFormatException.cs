namespace FlowBuilder.Messaging.Smpp;

/// <summary>A PDU that does not follow SMPP 3.4: the message says which field is wrong.</summary>
internal sealed class SmppFormatException(string message) : Exception(message);
