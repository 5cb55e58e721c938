using System.Numerics;

namespace FlowBuilder.Telephony.Media.Codecs;

/// <summary>
/// ITU-T G.711 A-law (PCMA, RTP payload type 8) between 16-bit linear PCM and 8-bit codes, by table
/// lookup. The tables are built once from the G.711 segment rules (even bits inverted, 0x55), with
/// negative samples folded by one's complement as in the ITU-T G.191 reference code.
/// </summary>
public static class G711ALaw
{
    private static readonly short[] DecodeTable = BuildDecodeTable();
    private static readonly byte[] EncodeTable = BuildEncodeTable();

    public static byte Encode(short sample) => EncodeTable[(sample >> 4) + 2048];

    public static short Decode(byte code) => DecodeTable[code];

    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length) throw new ArgumentException("Destination is shorter than the source.", nameof(codes));
        for (var i = 0; i < samples.Length; i++) codes[i] = EncodeTable[(samples[i] >> 4) + 2048];
    }

    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (samples.Length < codes.Length) throw new ArgumentException("Destination is shorter than the source.", nameof(samples));
        for (var i = 0; i < codes.Length; i++) samples[i] = DecodeTable[codes[i]];
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            var value = code ^ 0x55;
            var segment = (value >> 4) & 0x07;
            var magnitude = ((value & 0x0F) << 4) + 8;
            if (segment > 0) magnitude = (magnitude + 0x100) << (segment - 1);
            table[code] = (short)((value & 0x80) != 0 ? magnitude : -magnitude);
        }
        return table;
    }

    /// <summary>Indexed by the 12-bit sample (sample &gt;&gt; 4) offset by 2048.</summary>
    private static byte[] BuildEncodeTable()
    {
        var table = new byte[4096];
        for (var index = 0; index < table.Length; index++)
        {
            var value = index - 2048;
            var magnitude = value < 0 ? ~value : value;
            int code;
            if (magnitude < 16)
            {
                code = magnitude;
            }
            else
            {
                var segment = 31 - BitOperations.LeadingZeroCount((uint)magnitude) - 3;
                code = (segment << 4) | ((magnitude >> (segment - 1)) & 0x0F);
            }
            table[index] = (byte)((value >= 0 ? code | 0x80 : code) ^ 0x55);
        }
        return table;
    }
}
