namespace FlowBuilder.Messaging.Encoding;

/// <summary>One submit_sm's short_message: the UDH (when concatenated) followed by the encoded text.</summary>
/// <param name="Text">The slice of the original text this part carries.</param>
internal sealed record SmsPart(byte[] ShortMessage, string Text);
