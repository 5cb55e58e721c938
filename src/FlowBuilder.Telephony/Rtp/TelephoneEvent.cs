using System.Buffers.Binary;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// The RFC 4733 §2.3 telephone-event payload: event code (DTMF 0–15), end bit, volume in −dBm0 (0–63)
/// and duration in timestamp units since the event began.
/// </summary>
public readonly record struct TelephoneEvent(byte Event, bool End, byte Volume, ushort Duration)
{
    public const int Length = 4;

    public static bool TryParse(ReadOnlySpan<byte> payload, out TelephoneEvent value)
    {
        value = default;
        if (payload.Length < Length) return false;
        value = new TelephoneEvent(payload[0], (payload[1] & 0x80) != 0, (byte)(payload[1] & 0x3F), BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }

    public void WriteTo(Span<byte> destination)
    {
        if (Volume > 63) throw new InvalidOperationException($"Volume {Volume} does not fit in 6 bits.");
        destination[0] = Event;
        destination[1] = (byte)((End ? 0x80 : 0) | Volume);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Duration);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }
}
