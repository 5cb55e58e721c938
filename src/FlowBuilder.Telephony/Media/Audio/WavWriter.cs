using System.Buffers.Binary;

namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>Writes 16-bit PCM RIFF/WAVE, the form uploaded prompts are stored in.</summary>
public static class WavWriter
{
    private const int HeaderLength = 44;

    public static byte[] Write(ReadOnlySpan<short> samples, int sampleRate, int channels = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        var dataLength = samples.Length * 2;
        var file = new byte[HeaderLength + dataLength];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], HeaderLength - 8 + dataLength);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * channels * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], (short)(channels * 2));
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataLength);
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(HeaderLength + i * 2)..], samples[i]);
        return file;
    }
}
