using System.Numerics;

namespace FlowBuilder.Telephony.Media.Codecs;

/// <summary>
/// ITU-T G.711 µ-law (PCMU, RTP payload type 0) between 16-bit linear PCM and 8-bit codes, by table
/// lookup. The tables are built once from the G.711 segment rules; negative samples are folded with the
/// one's complement as in the ITU-T G.191 reference code.
/// </summary>
public static class G711MuLaw
{
    private const int Bias = 0x84;
    private static readonly short[] DecodeTable = BuildDecodeTable();
    private static readonly byte[] EncodeTable = BuildEncodeTable();

    public static byte Encode(short sample) => EncodeTable[(sample >> 2) + 8192];

    public static short Decode(byte code) => DecodeTable[code];

    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (codes.Length < samples.Length) throw new ArgumentException("Destination is shorter than the source.", nameof(codes));
        for (var i = 0; i < samples.Length; i++) codes[i] = EncodeTable[(samples[i] >> 2) + 8192];
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
            var inverted = ~code & 0xFF;
            var exponent = (inverted >> 4) & 0x07;
            var mantissa = inverted & 0x0F;
            var magnitude = (((mantissa << 3) + Bias) << exponent) - Bias;
            table[code] = (short)((inverted & 0x80) != 0 ? -magnitude : magnitude);
        }
        return table;
    }

    /// <summary>Indexed by the 14-bit sample (sample &gt;&gt; 2) offset by 8192.</summary>
    private static byte[] BuildEncodeTable()
    {
        var table = new byte[16384];
        for (var index = 0; index < table.Length; index++)
        {
            var value = index - 8192;
            var magnitude = (value < 0 ? ~value : value) + (Bias >> 2);
            if (magnitude > 0x1FFF) magnitude = 0x1FFF;
            var exponent = 31 - BitOperations.LeadingZeroCount((uint)magnitude) - 5;
            var mantissa = (magnitude >> (exponent + 1)) & 0x0F;
            var code = 0x7F ^ ((exponent << 4) | mantissa);
            table[index] = (byte)(value >= 0 ? code | 0x80 : code);
        }
        return table;
    }
}
