namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>
/// 16-bit linear PCM; <see cref="Samples"/> are interleaved when there is more than one channel, so one
/// frame in time is <see cref="Channels"/> samples.
/// </summary>
public sealed record PcmAudio(int SampleRate, int Channels, short[] Samples)
{
    public int FrameCount => Samples.Length / Channels;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / SampleRate);
}
