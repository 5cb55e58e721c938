namespace FlowBuilder.Telephony.Tests.Media.Audio;

/// <summary>Test signals and a Goertzel amplitude meter.</summary>
internal static class Tone
{
    public static short[] Sine(double frequency, int sampleRate, TimeSpan duration, double amplitude = 10000, int channels = 1)
    {
        var frames = (int)(duration.TotalSeconds * sampleRate);
        var samples = new short[frames * channels];
        for (var n = 0; n < frames; n++)
        {
            var value = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * n / sampleRate));
            for (var c = 0; c < channels; c++) samples[n * channels + c] = value;
        }
        return samples;
    }

    /// <summary>The amplitude of <paramref name="frequency"/> in the samples, ignoring <paramref name="edge"/> samples at each end.</summary>
    public static double Amplitude(short[] samples, double frequency, int sampleRate, int edge = 200)
    {
        var block = samples.AsSpan(edge, samples.Length - 2 * edge);
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0, s2 = 0;
        foreach (var sample in block)
        {
            var s0 = sample + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        var power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.Sqrt(Math.Max(power, 0)) / block.Length;
    }

    public static double Rms(short[] samples, int edge = 200) =>
        Math.Sqrt(samples.AsSpan(edge, samples.Length - 2 * edge).ToArray().Average(s => (double)s * s));
}
