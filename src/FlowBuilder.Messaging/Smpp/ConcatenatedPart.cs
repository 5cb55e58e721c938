namespace FlowBuilder.Messaging.Smpp;

/// <summary>One part of a concatenated MO message, from its UDH (IE 0x00 or 0x08) or its sar_* TLVs.</summary>
internal sealed record ConcatenatedPart(string From, string To, int Reference, int Total, int Sequence, byte[] Body)
{
    public (string, string, int, int) Key => (From, To, Reference, Total);

    /// <summary>The part's place in a concatenated message, or null for a message in one piece.</summary>
    public static ConcatenatedPart? Read(SmppShortMessage message, byte[] payload)
    {
        if (message.HasUdh && payload.Length > 0)
        {
            var headerLength = payload[0];
            if (1 + headerLength > payload.Length) throw new SmppFormatException($"The UDH says {headerLength} octets but the message has {payload.Length - 1}.");
            var body = payload[(1 + headerLength)..];
            for (var i = 1; i + 1 < 1 + headerLength;)
            {
                var id = payload[i];
                var length = payload[i + 1];
                var data = i + 2;
                if (data + length > 1 + headerLength) break;
                if (id == 0x00 && length == 3)
                    return Part(payload[data], payload[data + 1], payload[data + 2], body);
                if (id == 0x08 && length == 4)
                    return Part(payload[data] << 8 | payload[data + 1], payload[data + 2], payload[data + 3], body);
                i = data + length;
            }
            return null;
        }
        var reference = SmppTlv.Find(message.Tlvs, SmppTlv.SarMsgRefNum);
        var total = SmppTlv.Find(message.Tlvs, SmppTlv.SarTotalSegments);
        var sequence = SmppTlv.Find(message.Tlvs, SmppTlv.SarSegmentSeqnum);
        if (reference is null || total is null || sequence is null) return null;
        return Part((int)reference.AsNumber(), (int)total.AsNumber(), (int)sequence.AsNumber(), payload);

        ConcatenatedPart? Part(int reference, int total, int sequence, byte[] body) =>
            total <= 1 ? null
            : sequence < 1 || sequence > total ? throw new SmppFormatException($"Concatenated part {sequence} of {total} is out of range.")
            : new ConcatenatedPart(message.SourceAddress, message.DestinationAddress, reference, total, sequence, body);
    }
}
