namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>
/// Down-mixes to mono and resamples with a Blackman-windowed sinc low-pass whose cut-off is 45% of the lower of
/// the two rates (3.6 kHz when the target is 8 kHz), so content above the target's Nyquist frequency is removed
/// rather than folded back. Each output sample is normalised by its tap weights, so DC passes at unit gain.
/// </summary>
public static class Resampler
{
    public const int TelephonyRate = 8000;

    /// <summary>Zero crossings of the sinc on each side of the centre; more is sharper and slower.</summary>
    private const int ZeroCrossings = 16;
    private const double CutoffFraction = 0.45;

    /// <summary>Kernel table entries per input sample; weights between entries are interpolated linearly.</summary>
    private const int TableResolution = 256;

    /// <summary>Mono, 8 kHz, 16-bit: what G.711 encodes.</summary>
    public static short[] ToTelephony(PcmAudio audio) => Resample(DownmixToMono(audio), audio.SampleRate, TelephonyRate);

    public static short[] DownmixToMono(PcmAudio audio)
    {
        if (audio.Channels == 1) return audio.Samples;
        var mono = new short[audio.FrameCount];
        for (var frame = 0; frame < mono.Length; frame++)
        {
            var sum = 0;
            for (var channel = 0; channel < audio.Channels; channel++) sum += audio.Samples[frame * audio.Channels + channel];
            mono[frame] = (short)(sum / audio.Channels);
        }
        return mono;
    }

    public static short[] Resample(ReadOnlySpan<short> mono, int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        if (inputRate == outputRate) return mono.ToArray();

        var outputLength = (int)((long)mono.Length * outputRate / inputRate);
        var output = new short[outputLength];
        var step = (double)inputRate / outputRate;
        // Cut-off in cycles per input sample, and the kernel half-width in input samples.
        var cutoff = CutoffFraction * Math.Min(inputRate, outputRate) / inputRate;
        var halfWidth = ZeroCrossings / (2 * cutoff);
        var kernel = new double[(int)Math.Ceiling(halfWidth * TableResolution) + 2];
        for (var i = 0; i < kernel.Length; i++)
        {
            var distance = (double)i / TableResolution;
            kernel[i] = Sinc(2 * cutoff * distance) * Blackman(distance / halfWidth);
        }

        for (var n = 0; n < outputLength; n++)
        {
            var centre = n * step;
            var first = Math.Max(0, (int)Math.Ceiling(centre - halfWidth));
            var last = Math.Min(mono.Length - 1, (int)Math.Floor(centre + halfWidth));
            double sum = 0, weights = 0;
            for (var k = first; k <= last; k++)
            {
                var position = Math.Abs(k - centre) * TableResolution;
                var index = (int)position;
                var weight = kernel[index] + (position - index) * (kernel[index + 1] - kernel[index]);
                sum += weight * mono[k];
                weights += weight;
            }
            var value = weights > 0 ? sum / weights : 0;
            output[n] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
        }
        return output;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    /// <summary>The Blackman window over −1..1.</summary>
    private static double Blackman(double x)
    {
        if (Math.Abs(x) >= 1) return 0;
        var phase = Math.PI * (x + 1);
        return 0.42 - 0.5 * Math.Cos(phase) + 0.08 * Math.Cos(2 * phase);
    }
}
