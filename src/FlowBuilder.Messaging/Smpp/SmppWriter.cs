namespace FlowBuilder.Messaging.Smpp;

/// <summary>Writes the fields of a PDU body: octets, C-octet strings (checked against their SMPP maximum) and TLVs.</summary>
internal sealed class SmppWriter
{
    private readonly MemoryStream _buffer = new();

    public SmppWriter Octet(byte value)
    {
        _buffer.WriteByte(value);
        return this;
    }

    /// <summary>A C-octet string; <paramref name="maxLength"/> counts the terminating NUL, as the SMPP tables do.</summary>
    public SmppWriter CString(string? value, int maxLength, string field)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(value ?? "");
        if (bytes.Length + 1 > maxLength)
            throw new ArgumentException($"SMPP field {field} is {bytes.Length} characters; at most {maxLength - 1} fit.", field);
        if (bytes.Contains((byte)0)) throw new ArgumentException($"SMPP field {field} must not contain NUL.", field);
        _buffer.Write(bytes);
        _buffer.WriteByte(0);
        return this;
    }

    public SmppWriter Octets(ReadOnlySpan<byte> value)
    {
        _buffer.Write(value);
        return this;
    }

    public SmppWriter Tlv(SmppTlv tlv)
    {
        Span<byte> head = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(head, tlv.Tag);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(head[2..], checked((ushort)tlv.Value.Length));
        _buffer.Write(head);
        _buffer.Write(tlv.Value);
        return this;
    }

    public byte[] ToArray() => _buffer.ToArray();
}
