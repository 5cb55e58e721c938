using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// An RTP packet (RFC 3550 §5.1), version 2. Parsing slices the input without copying: <see cref="Payload"/>
/// and <see cref="ExtensionData"/> point into the received buffer.
/// </summary>
public readonly record struct RtpPacket
{
    public const int FixedHeaderLength = 12;
    public const int Version = 2;

    public bool Marker { get; init; }

    /// <summary>0–127.</summary>
    public byte PayloadType { get; init; }

    public ushort SequenceNumber { get; init; }

    public uint Timestamp { get; init; }

    public uint Ssrc { get; init; }

    public ReadOnlyMemory<uint> Csrcs { get; init; }

    /// <summary>The profile-defined 16 bits of a header extension; null when there is none.</summary>
    public ushort? ExtensionProfile { get; init; }

    /// <summary>Extension words (a multiple of 4 bytes).</summary>
    public ReadOnlyMemory<byte> ExtensionData { get; init; }

    /// <summary>Padding bytes at the end, including the count byte; 0 for none.</summary>
    public byte PaddingLength { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    public int Length => FixedHeaderLength + 4 * Csrcs.Length + (ExtensionProfile is null ? 0 : 4 + ExtensionData.Length) + Payload.Length + PaddingLength;

    public static bool TryParse(ReadOnlyMemory<byte> data, out RtpPacket packet, [NotNullWhen(false)] out string? error)
    {
        packet = default;
        var span = data.Span;
        if (span.Length < FixedHeaderLength) return Fail("shorter than the 12-byte RTP header", out error);
        if (span[0] >> 6 != Version) return Fail($"RTP version {span[0] >> 6}, expected 2", out error);
        var hasPadding = (span[0] & 0x20) != 0;
        var hasExtension = (span[0] & 0x10) != 0;
        var csrcCount = span[0] & 0x0F;
        var offset = FixedHeaderLength + 4 * csrcCount;
        if (span.Length < offset) return Fail($"{csrcCount} CSRCs do not fit", out error);

        var csrcs = csrcCount == 0 ? [] : new uint[csrcCount];
        for (var i = 0; i < csrcCount; i++) csrcs[i] = BinaryPrimitives.ReadUInt32BigEndian(span[(FixedHeaderLength + 4 * i)..]);

        ushort? profile = null;
        var extension = ReadOnlyMemory<byte>.Empty;
        if (hasExtension)
        {
            if (span.Length < offset + 4) return Fail("header extension does not fit", out error);
            profile = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            var words = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 2)..]);
            if (span.Length < offset + 4 + 4 * words) return Fail("header extension length exceeds the packet", out error);
            extension = data.Slice(offset + 4, 4 * words);
            offset += 4 + 4 * words;
        }

        var end = span.Length;
        byte padding = 0;
        if (hasPadding)
        {
            padding = span[^1];
            if (padding == 0 || padding > end - offset) return Fail($"padding of {padding} bytes is invalid", out error);
            end -= padding;
        }

        packet = new RtpPacket
        {
            Marker = (span[1] & 0x80) != 0,
            PayloadType = (byte)(span[1] & 0x7F),
            SequenceNumber = BinaryPrimitives.ReadUInt16BigEndian(span[2..]),
            Timestamp = BinaryPrimitives.ReadUInt32BigEndian(span[4..]),
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(span[8..]),
            Csrcs = csrcs,
            ExtensionProfile = profile,
            ExtensionData = extension,
            PaddingLength = padding,
            Payload = data[offset..end],
        };
        error = null;
        return true;
    }

    /// <summary>Writes the packet; returns the bytes written. Padding bytes are zero except the final count byte.</summary>
    public int WriteTo(Span<byte> destination)
    {
        if (PayloadType > 127) throw new InvalidOperationException($"Payload type {PayloadType} does not fit in 7 bits.");
        if (Csrcs.Length > 15) throw new InvalidOperationException("At most 15 CSRCs fit in an RTP header.");
        if (ExtensionData.Length % 4 != 0) throw new InvalidOperationException("Extension data must be whole 32-bit words.");
        var length = Length;
        if (destination.Length < length) throw new ArgumentException($"The packet needs {length} bytes.", nameof(destination));

        destination[0] = (byte)((Version << 6) | (PaddingLength > 0 ? 0x20 : 0) | (ExtensionProfile is null ? 0 : 0x10) | Csrcs.Length);
        destination[1] = (byte)((Marker ? 0x80 : 0) | PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        var offset = FixedHeaderLength;
        foreach (var csrc in Csrcs.Span)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], csrc);
            offset += 4;
        }
        if (ExtensionProfile is { } profile)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], profile);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], (ushort)(ExtensionData.Length / 4));
            ExtensionData.Span.CopyTo(destination[(offset + 4)..]);
            offset += 4 + ExtensionData.Length;
        }
        Payload.Span.CopyTo(destination[offset..]);
        offset += Payload.Length;
        if (PaddingLength > 0)
        {
            destination.Slice(offset, PaddingLength - 1).Clear();
            destination[offset + PaddingLength - 1] = PaddingLength;
            offset += PaddingLength;
        }
        return offset;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
