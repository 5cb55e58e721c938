using System.Buffers.Binary;

namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>Writes 16-bit PCM RIFF/WAVE, the form uploaded prompts are stored in.</summary>
public static class WavWriter
{
    private const int HeaderLength = 44;

    public static byte[] Write(ReadOnlySpan<short> samples, int sampleRate, int channels = 1)
    {
        var dataLength = samples.Length * 2;
        var file = new byte[HeaderLength + dataLength];
        WriteHeader(file, sampleRate, channels, dataLength);
        var span = file.AsSpan();
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(HeaderLength + i * 2)..], samples[i]);
        return file;
    }

    /// <summary>The 44-byte RIFF/WAVE header of 16-bit PCM with <paramref name="dataLength"/> bytes of samples
    /// (capped to what a RIFF size field holds), for files written in pieces.</summary>
    public static byte[] Header(int sampleRate, int channels, long dataLength)
    {
        var header = new byte[HeaderLength];
        WriteHeader(header, sampleRate, channels, (int)Math.Min(dataLength, int.MaxValue - HeaderLength));
        return header;
    }

    private static void WriteHeader(Span<byte> span, int sampleRate, int channels, int dataLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
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
    }
}
