namespace FlowBuilder.Engine.Calls;

/// <summary>Something to play into a call: speech from text, an audio file, or silence.</summary>
public sealed record Prompt(PromptKind Kind, string Value, string? Voice = null, TimeSpan Duration = default)
{
    /// <summary>Text-to-speech; <paramref name="voice"/> is the engine's voice or language (espeak-ng <c>en-us</c>, Azure <c>en-US-JennyNeural</c>), null for the default.</summary>
    public static Prompt Say(string text, string? voice = null) => new(PromptKind.Speech, text, voice);

    /// <summary>An uploaded audio file, by its name in <paramref name="companyId"/>'s media library (null: the shared folder).</summary>
    public static Prompt Audio(string file, string? companyId = null) => new(PromptKind.Audio, file) { CompanyId = companyId };

    /// <summary>Whose media library an audio file is read from; null for the shared folder.</summary>
    public string? CompanyId { get; init; }

    public static Prompt Silence(TimeSpan duration) => new(PromptKind.Silence, "", null, duration);
}
