using FlowBuilder.Messaging.Smpp;

namespace FlowBuilder.Messaging.Tests.Smpp;

public sealed class SmppCodecTests
{
    [Fact]
    public void EnquireLink_GoldenBytes() =>
        Convert.ToHexString(SmppCodec.Encode(SmppPdu.Request(SmppCommand.EnquireLink, 1)))
            .ShouldBe("00000010" + "00000015" + "00000000" + "00000001");

    [Fact]
    public void BindTransceiver_GoldenBytes()
    {
        var body = new SmppBind("abc", "pw", "", 1, 1).Encode();

        Convert.ToHexString(SmppCodec.Encode(SmppPdu.Request(SmppCommand.BindTransceiver, 2, body))).ShouldBe(
            "0000001C" + "00000009" + "00000000" + "00000002" +
            "61626300" + "707700" + "00" + "34" + "01" + "01" + "00");
    }

    [Fact]
    public void SubmitSm_GoldenBytes()
    {
        var body = new SmppShortMessage
        {
            SourceTon = 5, SourceNpi = 0, SourceAddress = "Shop",
            DestinationTon = 1, DestinationNpi = 1, DestinationAddress = "447",
            RegisteredDelivery = 1, DataCoding = 0, ShortMessage = [0x48, 0x69],
        }.Encode();

        Convert.ToHexString(body).ShouldBe(
            "00" + "05" + "00" + "53686F7000" + "01" + "01" + "34343700" + "00" + "00" + "00" + "00" + "00" +
            "01" + "00" + "00" + "00" + "02" + "4869");
    }

    [Fact]
    public void DeliverSm_WithTlvs_Decodes()
    {
        var bytes = Convert.FromHexString(
            "00" + "01" + "01" + "343437303000" + "01" + "01" + "313233343500" + "04" + "00" + "00" + "00" + "00" +
            "00" + "00" + "00" + "00" + "03" + "616263" +
            "001E" + "0009" + "3030303030303031" + "00" +
            "0427" + "0001" + "02");

        var message = SmppShortMessage.Decode(bytes);

        message.SourceAddress.ShouldBe("44700");
        message.DestinationAddress.ShouldBe("12345");
        message.IsDeliveryReceipt.ShouldBeTrue();
        message.ShortMessage.ShouldBe("abc"u8.ToArray());
        SmppTlv.Find(message.Tlvs, SmppTlv.ReceiptedMessageId)!.AsText().ShouldBe("00000001");
        SmppTlv.Find(message.Tlvs, SmppTlv.MessageState)!.AsNumber().ShouldBe(2u);
    }

    [Fact]
    public void ShortMessage_RoundTrips()
    {
        var message = new SmppShortMessage
        {
            SourceAddress = "12345", DestinationAddress = "447700900001", EsmClass = 0x40, DataCoding = 8,
            ShortMessage = [0x05, 0x00, 0x03, 0x01, 0x02, 0x01, 0x04, 0x16],
            Tlvs = [new SmppTlv(SmppTlv.SarMsgRefNum, [0x00, 0x07])],
        };

        var decoded = SmppShortMessage.Decode(message.Encode());

        decoded.DestinationAddress.ShouldBe("447700900001");
        decoded.EsmClass.ShouldBe((byte)0x40);
        decoded.ShortMessage.ShouldBe(message.ShortMessage);
        decoded.Tlvs.Single().Tag.ShouldBe(SmppTlv.SarMsgRefNum);
        decoded.Tlvs.Single().AsNumber().ShouldBe(7u);
    }

    [Fact]
    public void Decode_LengthMismatch_ErrorNamesCommandLength() =>
        Should.Throw<SmppFormatException>(() => SmppCodec.Decode(Convert.FromHexString("00000011000000150000000000000001")))
            .Message.ShouldContain("command_length");

    [Fact]
    public void Decode_UnterminatedCString_ErrorNamesTheField() =>
        Should.Throw<SmppFormatException>(() => SmppShortMessage.Decode(Convert.FromHexString("00010131323334")))
            .Message.ShouldContain("source_addr");

    [Fact]
    public void Encode_TooLongAddress_ErrorNamesTheField() =>
        Should.Throw<ArgumentException>(() => new SmppShortMessage { DestinationAddress = new string('1', 21) }.Encode())
            .Message.ShouldContain("destination_addr");

    [Fact]
    public async Task ReadAsync_AbsurdCommandLength_RefusedAsNotSmpp()
    {
        using var stream = new MemoryStream(Convert.FromHexString("7FFFFFFF000000150000000000000001"));
        (await Should.ThrowAsync<SmppFormatException>(() => SmppCodec.ReadAsync(stream, CancellationToken.None))).Message.ShouldContain("not SMPP");
    }

    [Fact]
    public void ReceiptText_Parsed()
    {
        var receipt = DeliveryReceiptText.Parse("id:0a1b2c sub:001 dlvrd:001 submit date:2612060530 done date:2612060531 stat:DELIVRD err:000 text:Hello");

        receipt.Id.ShouldBe("0a1b2c");
        receipt.Stat.ShouldBe("DELIVRD");
        receipt.Err.ShouldBe("000");
    }

    [Theory]
    [InlineData(0x0Bu, false)]
    [InlineData(0x0Au, false)]
    [InlineData(0x58u, true)]
    [InlineData(0x14u, true)]
    [InlineData(0x45u, true)]
    [InlineData(0x08u, true)]
    [InlineData(0x66u, false)]
    public void Status_TransientOrPermanent(uint status, bool transient) => SmppStatus.IsTransient(status).ShouldBe(transient);
}
