using System.Buffers.Binary;
using System.Text;

namespace FlowBuilder.Telephony.Tests.Media.Audio;

/// <summary>Builds WAV files byte by byte, so tests can also build broken ones.</summary>
internal static class WavFile
{
    public static byte[] Build(int formatCode, int channels, int sampleRate, int bitsPerSample, byte[] data, params (string Id, byte[] Body)[] chunksBeforeData)
    {
        var fmt = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, (ushort)formatCode);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), (uint)(sampleRate * channels * bitsPerSample / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)(channels * bitsPerSample / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), (ushort)bitsPerSample);
        return Riff([("fmt ", fmt), .. chunksBeforeData, ("data", data)]);
    }

    public static byte[] Pcm16(int channels, int sampleRate, short[] samples)
    {
        var data = new byte[2 * samples.Length];
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(2 * i), samples[i]);
        return Build(1, channels, sampleRate, 16, data);
    }

    public static byte[] Riff(IEnumerable<(string Id, byte[] Body)> chunks)
    {
        using var stream = new MemoryStream();
        stream.Write("RIFF"u8);
        stream.Write(new byte[4]);
        stream.Write("WAVE"u8);
        foreach (var (id, body) in chunks)
        {
            stream.Write(Encoding.ASCII.GetBytes(id));
            var size = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
            stream.Write(size);
            stream.Write(body);
            if (body.Length % 2 == 1) stream.WriteByte(0);
        }
        var file = stream.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        return file;
    }
}
