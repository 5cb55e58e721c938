using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>RMS levels of recorded audio: what tells a recording of speech or a tone from silence.</summary>
internal static class AudioLevels
{
    /// <summary>The RMS of the audio mixed down to mono.</summary>
    public static double Loudness(PcmAudio audio)
    {
        var samples = Resampler.DownmixToMono(audio);
        return samples.Length == 0 ? 0 : Math.Sqrt(samples.Average(s => (double)s * s));
    }

    /// <summary>The RMS of each channel of a 16-bit stereo WAV (44-byte header).</summary>
    public static (double Left, double Right) StereoLoudness(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (BitConverter.ToInt16(bytes, 22) != 2) throw new InvalidDataException($"{path} is not stereo.");
        double left = 0, right = 0;
        var frames = (bytes.Length - 44) / 4;
        for (var i = 0; i < frames; i++)
        {
            double l = BitConverter.ToInt16(bytes, 44 + 4 * i), r = BitConverter.ToInt16(bytes, 46 + 4 * i);
            left += l * l;
            right += r * r;
        }
        return frames == 0 ? (0, 0) : (Math.Sqrt(left / frames), Math.Sqrt(right / frames));
    }
}
