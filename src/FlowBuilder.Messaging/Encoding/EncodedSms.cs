namespace FlowBuilder.Messaging.Encoding;

/// <summary>A text split for SMPP: the data_coding every part uses, and the parts in order. When there is more than
/// one part each starts with a concatenation UDH and must be sent with esm_class UDHI (0x40).</summary>
internal sealed record EncodedSms(byte DataCoding, IReadOnlyList<SmsPart> Parts)
{
    public bool Concatenated => Parts.Count > 1;

    /// <summary>esm_class for every part: 0x40 (UDH indicator) when concatenated, else 0.</summary>
    public byte EsmClass => Concatenated ? (byte)0x40 : (byte)0x00;
}
