using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>What one side hears while the other rings: TTS <c>text</c>, or a media library <c>audioFile</c>; <c>voice</c> for TTS.</summary>
internal sealed record WaitingMessageBody(string? Text, string? AudioFile, string? Voice)
{
    public static WaitingMessageBody From(WaitingMessage message) => new(message.Text, message.AudioFile, message.Voice);
}
