namespace FlowBuilder.Telephony.Media.Dtmf;

/// <summary>Synthesises DTMF tones as 16-bit PCM (for in-band sending and for testing the detector).</summary>
public static class DtmfToneGenerator
{
    /// <summary>One key's dual tone; levels are per tone in dB relative to a full-scale sine (−10 dBFS ≈ −7 dBm0).</summary>
    public static short[] Tone(char digit, TimeSpan duration, double rowLevelDbfs = -10, double columnLevelDbfs = -10, int sampleRate = 8000)
    {
        var (row, column) = DtmfKeypad.GetFrequencies(digit);
        var samples = new short[SampleCount(duration, sampleRate)];
        var rowAmplitude = Amplitude(rowLevelDbfs);
        var columnAmplitude = Amplitude(columnLevelDbfs);
        for (var n = 0; n < samples.Length; n++)
        {
            var t = (double)n / sampleRate;
            var value = rowAmplitude * Math.Sin(2 * Math.PI * row * t) + columnAmplitude * Math.Sin(2 * Math.PI * column * t);
            samples[n] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
        }
        return samples;
    }

    /// <summary>Each digit as a tone of <paramref name="tone"/> followed by <paramref name="gap"/> of silence.</summary>
    public static short[] Sequence(string digits, TimeSpan tone, TimeSpan gap, double levelDbfs = -10, int sampleRate = 8000)
    {
        var silence = SampleCount(gap, sampleRate);
        var result = new List<short>();
        foreach (var digit in digits)
        {
            result.AddRange(Tone(digit, tone, levelDbfs, levelDbfs, sampleRate));
            result.AddRange(new short[silence]);
        }
        return [.. result];
    }

    private static int SampleCount(TimeSpan duration, int sampleRate) => (int)Math.Round(duration.TotalSeconds * sampleRate);

    private static double Amplitude(double levelDbfs) => 32767 * Math.Pow(10, levelDbfs / 20);
}
