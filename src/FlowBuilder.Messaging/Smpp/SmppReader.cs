namespace FlowBuilder.Messaging.Smpp;

/// <summary>Reads the fields of a PDU body in order; a short or unterminated field throws
/// <see cref="SmppFormatException"/> naming it.</summary>
internal ref struct SmppReader(ReadOnlySpan<byte> body)
{
    private readonly ReadOnlySpan<byte> _body = body;
    private int _position;

    public readonly bool AtEnd => _position >= _body.Length;

    public byte Octet(string field)
    {
        if (_position >= _body.Length) throw new SmppFormatException($"The PDU ends before field {field}.");
        return _body[_position++];
    }

    public string CString(string field)
    {
        var rest = _body[_position..];
        var end = rest.IndexOf((byte)0);
        if (end < 0) throw new SmppFormatException($"Field {field} is not NUL-terminated.");
        _position += end + 1;
        return System.Text.Encoding.Latin1.GetString(rest[..end]);
    }

    public byte[] Octets(int count, string field)
    {
        if (_position + count > _body.Length)
            throw new SmppFormatException($"Field {field} says {count} octets but only {_body.Length - _position} remain.");
        var value = _body.Slice(_position, count).ToArray();
        _position += count;
        return value;
    }

    public List<SmppTlv> Tlvs()
    {
        var tlvs = new List<SmppTlv>();
        while (_body.Length - _position >= 4)
        {
            var tag = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(_body[_position..]);
            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(_body[(_position + 2)..]);
            _position += 4;
            tlvs.Add(new SmppTlv(tag, Octets(length, $"TLV 0x{tag:X4}")));
        }
        if (_position != _body.Length) throw new SmppFormatException($"{_body.Length - _position} stray octets after the last TLV.");
        return tlvs;
    }
}
