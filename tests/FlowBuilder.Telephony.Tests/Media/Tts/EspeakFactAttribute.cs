using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

/// <summary>A fact that needs the espeak-ng program; skipped, saying how to install it, when it is not on PATH.</summary>
internal sealed class EspeakFactAttribute : FactAttribute
{
    public EspeakFactAttribute()
    {
        if (!IsInstalled) Skip = $"{EspeakTextToSpeech.InstallHint} (not found on PATH)";
    }

    public static bool IsInstalled { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(directory => File.Exists(Path.Combine(directory, "espeak-ng")));
}
