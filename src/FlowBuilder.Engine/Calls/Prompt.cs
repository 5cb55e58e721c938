namespace FlowBuilder.Engine.Calls;

/// <summary>Something to play into a call: speech from text, an audio file, or silence.</summary>
public sealed record Prompt(PromptKind Kind, string Value, string? Voice = null, TimeSpan Duration = default)
{
    /// <summary>Text-to-speech; <paramref name="voice"/> is the engine's voice or language (espeak-ng <c>en-us</c>, Azure <c>en-US-JennyNeural</c>), null for the default.</summary>
    public static Prompt Say(string text, string? voice = null) => new(PromptKind.Speech, text, voice);

    /// <summary>An uploaded audio file, by its name in the media folder.</summary>
    public static Prompt Audio(string file) => new(PromptKind.Audio, file);

    public static Prompt Silence(TimeSpan duration) => new(PromptKind.Silence, "", null, duration);
}
