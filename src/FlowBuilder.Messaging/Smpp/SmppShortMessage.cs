namespace FlowBuilder.Messaging.Smpp;

/// <summary>The body of submit_sm and deliver_sm, which share one layout (SMPP 3.4 sections 4.4.1 and 4.6.1).
/// <see cref="ShortMessage"/> holds the raw octets, UDH included when <see cref="EsmClass"/> has 0x40.</summary>
internal sealed record SmppShortMessage
{
    public const byte EsmUdhIndicator = 0x40;
    public const byte EsmDeliveryReceipt = 0x04;

    public string ServiceType { get; init; } = "";
    public byte SourceTon { get; init; }
    public byte SourceNpi { get; init; }
    public string SourceAddress { get; init; } = "";
    public byte DestinationTon { get; init; }
    public byte DestinationNpi { get; init; }
    public string DestinationAddress { get; init; } = "";
    public byte EsmClass { get; init; }
    public byte ProtocolId { get; init; }
    public byte PriorityFlag { get; init; }
    public string ScheduleDeliveryTime { get; init; } = "";
    public string ValidityPeriod { get; init; } = "";
    public byte RegisteredDelivery { get; init; }
    public byte ReplaceIfPresent { get; init; }
    public byte DataCoding { get; init; }
    public byte DefaultMessageId { get; init; }
    public byte[] ShortMessage { get; init; } = [];
    public IReadOnlyList<SmppTlv> Tlvs { get; init; } = [];

    public bool IsDeliveryReceipt => (EsmClass & EsmDeliveryReceipt) != 0;

    public bool HasUdh => (EsmClass & EsmUdhIndicator) != 0;

    public byte[] Encode()
    {
        if (ShortMessage.Length > 254)
            throw new ArgumentException($"short_message is {ShortMessage.Length} octets; at most 254 fit (split the text).", nameof(ShortMessage));
        var writer = new SmppWriter()
            .CString(ServiceType, 6, "service_type")
            .Octet(SourceTon).Octet(SourceNpi).CString(SourceAddress, 21, "source_addr")
            .Octet(DestinationTon).Octet(DestinationNpi).CString(DestinationAddress, 21, "destination_addr")
            .Octet(EsmClass).Octet(ProtocolId).Octet(PriorityFlag)
            .CString(ScheduleDeliveryTime, 17, "schedule_delivery_time")
            .CString(ValidityPeriod, 17, "validity_period")
            .Octet(RegisteredDelivery).Octet(ReplaceIfPresent).Octet(DataCoding).Octet(DefaultMessageId)
            .Octet((byte)ShortMessage.Length).Octets(ShortMessage);
        foreach (var tlv in Tlvs) writer.Tlv(tlv);
        return writer.ToArray();
    }

    public static SmppShortMessage Decode(ReadOnlySpan<byte> body)
    {
        var reader = new SmppReader(body);
        return new SmppShortMessage
        {
            ServiceType = reader.CString("service_type"),
            SourceTon = reader.Octet("source_addr_ton"),
            SourceNpi = reader.Octet("source_addr_npi"),
            SourceAddress = reader.CString("source_addr"),
            DestinationTon = reader.Octet("dest_addr_ton"),
            DestinationNpi = reader.Octet("dest_addr_npi"),
            DestinationAddress = reader.CString("destination_addr"),
            EsmClass = reader.Octet("esm_class"),
            ProtocolId = reader.Octet("protocol_id"),
            PriorityFlag = reader.Octet("priority_flag"),
            ScheduleDeliveryTime = reader.CString("schedule_delivery_time"),
            ValidityPeriod = reader.CString("validity_period"),
            RegisteredDelivery = reader.Octet("registered_delivery"),
            ReplaceIfPresent = reader.Octet("replace_if_present_flag"),
            DataCoding = reader.Octet("data_coding"),
            DefaultMessageId = reader.Octet("sm_default_msg_id"),
            ShortMessage = reader.Octets(reader.Octet("sm_length"), "short_message"),
            Tlvs = reader.Tlvs(),
        };
    }

    /// <summary>The message octets: short_message, or the message_payload TLV when short_message is empty.</summary>
    public byte[] Payload() =>
        ShortMessage.Length == 0 && SmppTlv.Find(Tlvs, SmppTlv.MessagePayload) is { } payload ? payload.Value : ShortMessage;
}
