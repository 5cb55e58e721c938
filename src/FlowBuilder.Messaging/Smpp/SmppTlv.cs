namespace FlowBuilder.Messaging.Smpp;

/// <summary>One optional parameter (tag, length, value) of an SMPP 3.4 PDU.</summary>
internal sealed record SmppTlv(ushort Tag, byte[] Value)
{
    public const ushort ReceiptedMessageId = 0x001E;
    public const ushort SarMsgRefNum = 0x020C;
    public const ushort SarTotalSegments = 0x020E;
    public const ushort SarSegmentSeqnum = 0x020F;
    public const ushort MessagePayload = 0x0424;
    public const ushort MessageState = 0x0427;

    public static SmppTlv? Find(IReadOnlyList<SmppTlv> tlvs, ushort tag) => tlvs.FirstOrDefault(t => t.Tag == tag);

    /// <summary>The value as a C-octet string (a trailing NUL dropped).</summary>
    public string AsText() => System.Text.Encoding.Latin1.GetString(Value.AsSpan().TrimEnd((byte)0));

    /// <summary>The value as a big-endian unsigned integer of 1, 2 or 4 octets.</summary>
    public uint AsNumber() => Value.Length switch
    {
        1 => Value[0],
        2 => (uint)(Value[0] << 8 | Value[1]),
        4 => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(Value),
        _ => throw new SmppFormatException($"TLV 0x{Tag:X4} has {Value.Length} octets; a number has 1, 2 or 4."),
    };
}
