namespace FlowBuilder.Engine.ClickToCall;

/// <summary>What the first side hears while the other side rings: an audio file of the media library when
/// <see cref="AudioFile"/> is set, else <see cref="Text"/> spoken by TTS.</summary>
/// <param name="Text">TTS text; a template (<c>{{input.client.phone}}</c>) is allowed.</param>
/// <param name="AudioFile">A media library file name (welcome.wav); null for TTS.</param>
/// <param name="Voice">The TTS voice; null for the server's default.</param>
public sealed record WaitingMessage(string Text, string? AudioFile = null, string? Voice = null)
{
    public static WaitingMessage ForClient { get; } = new("Thank you for your request. Please hold while we connect you to an operator.");

    public static WaitingMessage ForCompany { get; } = new("A visitor of the web site asked to be called back. Connecting you now.");
}
