using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Rtp;

public sealed class RtpPacketTests
{
    [Fact]
    public void TryParse_MinimalPacket_ReadsTheFixedHeader()
    {
        byte[] bytes = [0x80, 0x80 | 8, 0x12, 0x34, 0x00, 0x00, 0x01, 0x40, 0xDE, 0xAD, 0xBE, 0xEF, 0xD5, 0xD5];

        RtpPacket.TryParse(bytes, out var packet, out var error).ShouldBeTrue(error);

        packet.Marker.ShouldBeTrue();
        packet.PayloadType.ShouldBe((byte)8);
        packet.SequenceNumber.ShouldBe((ushort)0x1234);
        packet.Timestamp.ShouldBe(320u);
        packet.Ssrc.ShouldBe(0xDEADBEEFu);
        packet.Csrcs.Length.ShouldBe(0);
        packet.ExtensionProfile.ShouldBeNull();
        packet.PaddingLength.ShouldBe((byte)0);
        packet.Payload.ToArray().ShouldBe(new byte[] { 0xD5, 0xD5 });
    }

    [Fact]
    public void TryParse_CsrcsExtensionAndPadding_AreAllRead()
    {
        byte[] bytes =
        [
            0xB2, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03,
            0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x0B,
            0xBE, 0xDE, 0x00, 0x01, 0x10, 0xAA, 0x00, 0x00,
            0x01, 0x02, 0x03,
            0x00, 0x00, 0x03,
        ];

        RtpPacket.TryParse(bytes, out var packet, out var error).ShouldBeTrue(error);

        packet.Csrcs.ToArray().ShouldBe([10u, 11u]);
        packet.ExtensionProfile.ShouldBe((ushort)0xBEDE);
        packet.ExtensionData.ToArray().ShouldBe(new byte[] { 0x10, 0xAA, 0x00, 0x00 });
        packet.PaddingLength.ShouldBe((byte)3);
        packet.Payload.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        packet.ToArray().ShouldBe(bytes);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x00, 0x00 }, "shorter than")]
    [InlineData(new byte[] { 0x40, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1 }, "RTP version 1")]
    [InlineData(new byte[] { 0x82, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1 }, "CSRCs do not fit")]
    [InlineData(new byte[] { 0x90, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0xBE, 0xDE, 0, 2, 0, 0, 0, 0 }, "extension length")]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0xFF, 0x09 }, "padding")]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0xFF, 0x00 }, "padding")]
    public void TryParse_Malformed_IsRejectedWithReason(byte[] bytes, string reason)
    {
        RtpPacket.TryParse(bytes, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void WriteThenParse_RoundTripsEveryField()
    {
        var packet = new RtpPacket
        {
            Marker = true,
            PayloadType = 101,
            SequenceNumber = 65535,
            Timestamp = uint.MaxValue,
            Ssrc = 0x01020304,
            Csrcs = new uint[] { 1, 2, 3 },
            ExtensionProfile = 0x1000,
            ExtensionData = new byte[8],
            PaddingLength = 4,
            Payload = new byte[160],
        };

        var bytes = packet.ToArray();
        RtpPacket.TryParse(bytes, out var parsed, out _).ShouldBeTrue();

        bytes.Length.ShouldBe(12 + 12 + 12 + 160 + 4);
        parsed.Marker.ShouldBeTrue();
        parsed.PayloadType.ShouldBe((byte)101);
        parsed.SequenceNumber.ShouldBe((ushort)65535);
        parsed.Timestamp.ShouldBe(uint.MaxValue);
        parsed.Ssrc.ShouldBe(0x01020304u);
        parsed.Csrcs.ToArray().ShouldBe([1u, 2u, 3u]);
        parsed.ExtensionData.Length.ShouldBe(8);
        parsed.Payload.Length.ShouldBe(160);
        parsed.PaddingLength.ShouldBe((byte)4);
    }

    [Fact]
    public void WriteTo_PayloadTypeAbove127_Throws()
    {
        Should.Throw<InvalidOperationException>(() => new RtpPacket { PayloadType = 200 }.ToArray());
    }

    [Fact]
    public void TryParse_RandomBytes_NeverThrow()
    {
        var random = new Random(3550);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (bytes.Length > 0) bytes[0] = (byte)((bytes[0] & 0x3F) | 0x80);
            Should.NotThrow(() => RtpPacket.TryParse(bytes, out _, out _));
        }
    }
}
