namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>How to run the espeak-ng program (Debian package <c>espeak-ng</c>).</summary>
public sealed record EspeakOptions
{
    /// <summary>A path, or a name looked up on PATH.</summary>
    public string Executable { get; init; } = "espeak-ng";

    /// <summary>How long one synthesis may run before the process is killed; 10 s by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Processes running at once; the processor count by default.</summary>
    public int MaxConcurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>espeak-ng's own default speed, which <see cref="TtsRequest.Rate"/> 1.0 maps to.</summary>
    public int DefaultWordsPerMinute { get; init; } = 175;
}
