namespace FlowBuilder.Messaging.Encoding;

/// <summary>SMPP 3.4 data_coding values this client sends or reads.</summary>
internal static class SmsDataCoding
{
    /// <summary>SMSC default alphabet: GSM 03.38, unpacked.</summary>
    public const byte Gsm7 = 0x00;
    public const byte Ascii = 0x01;
    public const byte Octets = 0x02;
    public const byte Latin1 = 0x03;
    public const byte Binary = 0x04;

    /// <summary>UCS-2 (UTF-16 big-endian in practice).</summary>
    public const byte Ucs2 = 0x08;

    /// <summary>Decodes a message body (without its UDH) by its data_coding.</summary>
    public static string Decode(byte dataCoding, ReadOnlySpan<byte> body) => dataCoding switch
    {
        Ucs2 => System.Text.Encoding.BigEndianUnicode.GetString(body),
        Ascii or Latin1 or Octets or Binary => System.Text.Encoding.Latin1.GetString(body),
        // GSM 03.38 coding groups: 0xF0-0xFF bit 2 = 8-bit data; 0x00-0x3F bits 3-2 = alphabet (01 8-bit, 10 UCS-2).
        >= 0xF0 => (dataCoding & 0x04) != 0 ? System.Text.Encoding.Latin1.GetString(body) : GsmAlphabet.Decode(body),
        < 0x40 when ((dataCoding >> 2) & 0x03) == 2 => System.Text.Encoding.BigEndianUnicode.GetString(body),
        < 0x40 when ((dataCoding >> 2) & 0x03) == 1 => System.Text.Encoding.Latin1.GetString(body),
        _ => GsmAlphabet.Decode(body),
    };
}
