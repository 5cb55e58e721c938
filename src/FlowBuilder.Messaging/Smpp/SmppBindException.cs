namespace FlowBuilder.Messaging.Smpp;

/// <summary>The SMSC answered bind_transceiver with an error status.</summary>
internal sealed class SmppBindException(string message) : Exception(message);
