using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Prompts;

/// <summary>
/// Audio encoded once into 20 ms G.711 frames of <see cref="FrameSize"/> bytes, ready to be sent as RTP payloads.
/// The last frame is padded with encoded silence. Immutable, so one instance serves every call.
/// </summary>
public sealed class PromptFrames
{
    public const int FrameSize = 160;

    private readonly byte[] _payload;

    private PromptFrames(G711Codec codec, byte[] payload)
    {
        Codec = codec;
        _payload = payload;
    }

    public G711Codec Codec { get; }

    public int FrameCount => _payload.Length / FrameSize;

    public TimeSpan Duration => TimeSpan.FromMilliseconds(20 * FrameCount);

    /// <summary>Bytes held, which is what <see cref="PromptCache"/> counts against its budget.</summary>
    public int SizeInBytes => _payload.Length;

    public ReadOnlyMemory<byte> Frame(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FrameCount);
        return _payload.AsMemory(index * FrameSize, FrameSize);
    }

    /// <summary>The code for a zero sample: 0xFF in µ-law, 0xD5 in A-law.</summary>
    public static byte Silence(G711Codec codec) => codec == G711Codec.Pcmu ? G711MuLaw.Encode(0) : G711ALaw.Encode(0);

    /// <summary>Encodes mono 8 kHz 16-bit samples (see <see cref="Resampler.ToTelephony"/>).</summary>
    public static PromptFrames Render(ReadOnlySpan<short> telephonySamples, G711Codec codec)
    {
        var frames = (telephonySamples.Length + FrameSize - 1) / FrameSize;
        var payload = new byte[frames * FrameSize];
        if (codec == G711Codec.Pcmu) G711MuLaw.Encode(telephonySamples, payload);
        else G711ALaw.Encode(telephonySamples, payload);
        payload.AsSpan(telephonySamples.Length).Fill(Silence(codec));
        return new PromptFrames(codec, payload);
    }

    /// <summary>Resamples and encodes audio of any rate and channel count.</summary>
    public static PromptFrames Render(PcmAudio audio, G711Codec codec) => Render(Resampler.ToTelephony(audio), codec);

    /// <summary>Wraps payload that is already G.711; its length must be whole frames.</summary>
    public static PromptFrames FromEncoded(ReadOnlySpan<byte> encoded, G711Codec codec)
    {
        if (encoded.Length % FrameSize != 0) throw new ArgumentException($"{encoded.Length} bytes is not a whole number of {FrameSize}-byte frames.", nameof(encoded));
        return new PromptFrames(codec, encoded.ToArray());
    }
}
