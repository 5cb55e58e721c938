namespace FlowBuilder.Telephony.Media.Dtmf;

/// <summary>Thresholds of the in-band DTMF detector; the defaults follow common ITU-T Q.24 practice.</summary>
public sealed record DtmfDetectorOptions
{
    public int SampleRate { get; init; } = 8000;

    /// <summary>Samples per Goertzel block; 205 at 8 kHz (25.6 ms) separates the DTMF frequencies well.</summary>
    public int BlockSize { get; init; } = 205;

    /// <summary>Weakest accepted tone, per frequency, in dB relative to a full-scale sine. Default −36 dBFS.</summary>
    public double MinimumToneLevelDbfs { get; init; } = -36;

    /// <summary>Largest accepted excess of the row tone over the column tone. Default 8 dB.</summary>
    public double MaxNormalTwistDb { get; init; } = 8;

    /// <summary>Largest accepted excess of the column tone over the row tone. Default 4 dB.</summary>
    public double MaxReverseTwistDb { get; init; } = 4;

    /// <summary>How far the strongest row (and column) must stand above the others. Default 8 dB.</summary>
    public double RelativePeakDb { get; init; } = 8;

    /// <summary>Share of the block's energy the two tones must hold; rejects speech and noise. Default 0.7.</summary>
    public double MinimumToneShare { get; init; } = 0.7;

    /// <summary>Shortest tone reported. Default 40 ms.</summary>
    public TimeSpan MinimumDuration { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Shortest pause that separates two presses of the same key. Default 20 ms.</summary>
    public TimeSpan MinimumPause { get; init; } = TimeSpan.FromMilliseconds(20);
}
