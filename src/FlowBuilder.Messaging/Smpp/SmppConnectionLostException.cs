namespace FlowBuilder.Messaging.Smpp;

/// <summary>The bind went away (socket closed, unbind, no enquire_link_resp) before a response arrived.</summary>
internal sealed class SmppConnectionLostException(string message) : IOException(message);
