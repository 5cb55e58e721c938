using System.Buffers.Binary;

namespace FlowBuilder.Messaging.Smpp;

/// <summary>Frames PDUs on a byte stream: command_length, command_id, command_status, sequence_number, body.</summary>
internal static class SmppCodec
{
    /// <summary>Largest PDU accepted from a peer; SMPP 3.4 PDUs are far smaller (a deliver_sm with a 64 KB payload fits).</summary>
    public const int MaxPduLength = 70_000;

    public static byte[] Encode(SmppPdu pdu)
    {
        var bytes = new byte[SmppPdu.HeaderLength + pdu.Body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)bytes.Length);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), pdu.CommandId);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), pdu.Status);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12), pdu.Sequence);
        pdu.Body.CopyTo(bytes, SmppPdu.HeaderLength);
        return bytes;
    }

    public static SmppPdu Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < SmppPdu.HeaderLength) throw new SmppFormatException($"A PDU needs 16 header octets; got {bytes.Length}.");
        var length = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if (length != bytes.Length) throw new SmppFormatException($"command_length says {length} octets but the PDU has {bytes.Length}.");
        return new SmppPdu(
            BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]),
            bytes[SmppPdu.HeaderLength..].ToArray());
    }

    /// <summary>Reads the next PDU; null when the peer closed the stream cleanly between PDUs.</summary>
    public static async Task<SmppPdu?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[SmppPdu.HeaderLength];
        var first = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (first == 0) return null;
        if (first < header.Length) throw new EndOfStreamException("The SMSC closed the connection in the middle of a PDU header.");
        var length = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (length < SmppPdu.HeaderLength || length > MaxPduLength)
            throw new SmppFormatException($"command_length {length} is outside 16..{MaxPduLength}; the stream is not SMPP.");
        var bytes = new byte[length];
        header.CopyTo(bytes, 0);
        await stream.ReadExactlyAsync(bytes.AsMemory(SmppPdu.HeaderLength), cancellationToken).ConfigureAwait(false);
        return Decode(bytes);
    }
}
