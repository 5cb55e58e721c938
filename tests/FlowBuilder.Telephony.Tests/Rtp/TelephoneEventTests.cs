using FlowBuilder.Telephony.Media.Dtmf;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Rtp;

public sealed class TelephoneEventTests
{
    private static TelephoneEvent Event(RtpPacket packet)
    {
        TelephoneEvent.TryParse(packet.Payload.Span, out var value).ShouldBeTrue();
        return value;
    }

    [Fact]
    public void Payload_ParseAndWrite_CarryEventEndVolumeAndDuration()
    {
        byte[] bytes = [0x0B, 0x8A, 0x03, 0x20];

        TelephoneEvent.TryParse(bytes, out var value).ShouldBeTrue();

        value.ShouldBe(new TelephoneEvent(11, End: true, Volume: 10, Duration: 800));
        value.ToArray().ShouldBe(bytes);
    }

    [Fact]
    public void Payload_ReservedBit_IsIgnored()
    {
        TelephoneEvent.TryParse([0x05, 0x40 | 0x07, 0x00, 0xA0], out var value).ShouldBeTrue();

        value.ShouldBe(new TelephoneEvent(5, false, 7, 160));
    }

    [Fact]
    public void Payload_TooShort_IsRejected() => TelephoneEvent.TryParse([1, 2, 3], out _).ShouldBeFalse();

    [Fact]
    public void Sender_OneDigit_SendsStartUpdatesAndThreeEndPackets()
    {
        var sender = new TelephoneEventSender(payloadType: 101, ssrc: 0xCAFE);

        var packets = sender.CreateDigit('5', firstSequenceNumber: 1000, timestamp: 48000, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20));

        packets.Count.ShouldBe(7);
        packets.Select(p => p.Offset.TotalMilliseconds).ShouldBe([0, 20, 40, 60, 80, 100, 120]);
        packets.Select(p => (int)p.Packet.SequenceNumber).ShouldBe([1000, 1001, 1002, 1003, 1004, 1005, 1006]);
        packets.ShouldAllBe(p => p.Packet.Timestamp == 48000 && p.Packet.PayloadType == 101 && p.Packet.Ssrc == 0xCAFE);
        packets.Select(p => p.Packet.Marker).ShouldBe([true, false, false, false, false, false, false]);
        var events = packets.Select(p => Event(p.Packet)).ToList();
        events.Select(e => (int)e.Duration).ShouldBe([160, 320, 480, 640, 800, 800, 800]);
        events.Select(e => e.End).ShouldBe([false, false, false, false, true, true, true]);
        events.ShouldAllBe(e => e.Event == 5 && e.Volume == 10);
    }

    [Fact]
    public void Sender_DigitShorterThanOneInterval_IsOnlyTheThreeEndPackets()
    {
        var packets = new TelephoneEventSender(96, 1).CreateDigit('#', 0, 0, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));

        packets.Count.ShouldBe(3);
        packets[0].Packet.Marker.ShouldBeTrue();
        packets.Select(p => Event(p.Packet)).ShouldAllBe(e => e.End && e.Event == 11 && e.Duration == 160);
    }

    [Fact]
    public void Sender_SequenceNumbers_WrapAround()
    {
        var packets = new TelephoneEventSender(101, 1).CreateDigit('1', 65534, 0, TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20));

        packets.Select(p => (int)p.Packet.SequenceNumber).ShouldBe([65534, 65535, 0, 1, 2]);
    }

    [Fact]
    public void Sender_VeryLongPress_CapsTheDurationField()
    {
        var packets = new TelephoneEventSender(101, 1).CreateDigit('0', 0, 0, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));

        Event(packets[^1].Packet).Duration.ShouldBe(ushort.MaxValue);
    }

    [Fact]
    public void Sender_NotADigit_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TelephoneEventSender(101, 1).CreateDigit('E', 0, 0, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void Receiver_SenderSequence_YieldsTheDigitOnceWithItsDuration()
    {
        var sender = new TelephoneEventSender(101, 7);
        var receiver = new TelephoneEventReceiver(101);

        var digits = sender.CreateDigit('9', 0, 8000, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20))
            .SelectMany(p => receiver.Receive(p.Packet)).ToList();

        digits.ShouldBe([new DetectedDigit('9', TimeSpan.FromMilliseconds(100))]);
    }

    [Fact]
    public void Receiver_RetransmittedEndPacketsAfterTheNextDigitStarted_AreIgnored()
    {
        var sender = new TelephoneEventSender(101, 7);
        var receiver = new TelephoneEventReceiver(101);
        var first = sender.CreateDigit('1', 0, 0, TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20));
        var second = sender.CreateDigit('2', 10, 1600, TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20));
        IEnumerable<TelephoneEventPacket> interleaved = [first[0], first[1], first[2], second[0], first[3], second[1], second[2], first[4], second[3], second[4]];

        var digits = interleaved.SelectMany(p => receiver.Receive(p.Packet)).Select(d => d.Digit).ToList();

        digits.ShouldBe(['1', '2']);
    }

    [Fact]
    public void Receiver_SameDigitTwice_IsTwoPresses()
    {
        var sender = new TelephoneEventSender(101, 7);
        var receiver = new TelephoneEventReceiver(101);

        var digits = sender.CreateDigit('7', 0, 0, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(20))
            .Concat(sender.CreateDigit('7', 4, 2400, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(20)))
            .SelectMany(p => receiver.Receive(p.Packet)).Select(d => d.Digit).ToList();

        digits.ShouldBe(['7', '7']);
    }

    [Fact]
    public void Receiver_AllEndPacketsLost_ReportsWhenTheNextEventStartsOrOnFlush()
    {
        var sender = new TelephoneEventSender(101, 7);
        var receiver = new TelephoneEventReceiver(101);
        var first = sender.CreateDigit('A', 0, 0, TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20)).Where(p => !Event(p.Packet).End);
        var second = sender.CreateDigit('D', 10, 1600, TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20)).Where(p => !Event(p.Packet).End);

        var digits = first.Concat(second).SelectMany(p => receiver.Receive(p.Packet)).Select(d => d.Digit).ToList();
        var flushed = receiver.Flush();

        digits.ShouldBe(['A']);
        flushed!.Value.Digit.ShouldBe('D');
        receiver.Flush().ShouldBeNull();
    }

    [Fact]
    public void Receiver_OtherPayloadTypesAndNonDtmfEvents_AreIgnored()
    {
        var receiver = new TelephoneEventReceiver(101);
        var audio = new RtpPacket { PayloadType = 0, Payload = new byte[160] };
        var flash = new RtpPacket { PayloadType = 101, Payload = new TelephoneEvent(16, true, 10, 800).ToArray() };

        receiver.Receive(audio).ShouldBeEmpty();
        receiver.Receive(flash).ShouldBeEmpty();
        receiver.Flush().ShouldBeNull();
    }

    [Fact]
    public void Keypad_MapsAllSixteenDigitsBothWays()
    {
        for (var code = 0; code < 16; code++)
        {
            DtmfKeypad.TryGetDigit(code, out var digit).ShouldBeTrue();
            DtmfKeypad.TryGetEvent(digit, out var back).ShouldBeTrue();
            back.ShouldBe((byte)code);
        }
        DtmfKeypad.TryGetEvent('*', out var star).ShouldBeTrue();
        star.ShouldBe((byte)10);
        DtmfKeypad.TryGetEvent('b', out var b).ShouldBeTrue();
        b.ShouldBe((byte)13);
        DtmfKeypad.TryGetDigit(16, out _).ShouldBeFalse();
        DtmfKeypad.GetFrequencies('9').ShouldBe((852, 1477));
    }
}
