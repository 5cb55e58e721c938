namespace FlowBuilder.Messaging.Smpp;

/// <summary>The body of bind_transmitter/receiver/transceiver (SMPP 3.4 section 4.1).</summary>
internal sealed record SmppBind(string SystemId, string Password, string SystemType, byte AddressTon, byte AddressNpi, string AddressRange = "")
{
    public const byte InterfaceVersion34 = 0x34;

    public byte[] Encode() => new SmppWriter()
        .CString(SystemId, 16, "system_id")
        .CString(Password, 9, "password")
        .CString(SystemType, 13, "system_type")
        .Octet(InterfaceVersion34)
        .Octet(AddressTon)
        .Octet(AddressNpi)
        .CString(AddressRange, 41, "address_range")
        .ToArray();

    public static SmppBind Decode(ReadOnlySpan<byte> body)
    {
        var reader = new SmppReader(body);
        var systemId = reader.CString("system_id");
        var password = reader.CString("password");
        var systemType = reader.CString("system_type");
        reader.Octet("interface_version");
        return new SmppBind(systemId, password, systemType, reader.Octet("addr_ton"), reader.Octet("addr_npi"), reader.CString("address_range"));
    }
}
