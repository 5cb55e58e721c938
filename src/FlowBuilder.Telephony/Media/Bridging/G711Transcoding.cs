using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Bridging;

/// <summary>
/// Re-encodes G.711 between µ-law and A-law byte by byte through 256-entry tables built once from the codecs' decode
/// and encode (the same result as decoding to linear and encoding again, without the 16-bit step per sample).
/// </summary>
public static class G711Transcoding
{
    private static readonly byte[] MuLawToALawTable = Build(G711MuLaw.Decode, G711ALaw.Encode);
    private static readonly byte[] ALawToMuLawTable = Build(G711ALaw.Decode, G711MuLaw.Encode);

    public static ReadOnlySpan<byte> MuLawToALaw => MuLawToALawTable;

    public static ReadOnlySpan<byte> ALawToMuLaw => ALawToMuLawTable;

    /// <summary>The table from <paramref name="from"/> to <paramref name="to"/>; null when they are the same codec.</summary>
    public static byte[]? Table(G711Codec from, G711Codec to) =>
        from == to ? null : from == G711Codec.Pcmu ? MuLawToALawTable : ALawToMuLawTable;

    /// <summary>Writes <paramref name="codes"/> re-encoded into <paramref name="destination"/> (at least as long).</summary>
    public static void Transcode(ReadOnlySpan<byte> table, ReadOnlySpan<byte> codes, Span<byte> destination)
    {
        for (var i = 0; i < codes.Length; i++) destination[i] = table[codes[i]];
    }

    private static byte[] Build(Func<byte, short> decode, Func<short, byte> encode)
    {
        var table = new byte[256];
        for (var code = 0; code < 256; code++) table[code] = encode(decode((byte)code));
        return table;
    }
}
