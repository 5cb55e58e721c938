namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>How the <c>simulator</c> call channel behaves.</summary>
public sealed class CallSimulatorOptions
{
    /// <summary>Prompts complete as soon as they start (tests, the designer's test console). Otherwise speech lasts
    /// max(300 ms, 60 ms per character) and audio its <see cref="CallSimulator.SetAudioDuration"/>, in TimeProvider time.</summary>
    public bool InstantPrompts { get; set; }

    /// <summary>How long an audio file lasts when no duration was set for it; default 1 s.</summary>
    public TimeSpan DefaultAudioDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where simulated recordings are written: WAV files of silence as long as the recording (a simulated call
    /// has no audio), so the recordings list and download work as on real calls. Default: a folder under the temp directory.</summary>
    public string RecordingsFolder { get; set; } = Path.Combine(Path.GetTempPath(), "flowbuilder-simulator-recordings");
}
