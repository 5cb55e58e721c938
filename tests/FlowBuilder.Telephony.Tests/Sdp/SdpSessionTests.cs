using System.Net;
using FlowBuilder.Telephony.Sdp;

namespace FlowBuilder.Telephony.Tests.Sdp;

public sealed class SdpSessionTests
{
    private const string Offer =
        "v=0\r\n" +
        "o=alice 2890844526 2890844527 IN IP4 198.51.100.1\r\n" +
        "s=Call\r\n" +
        "i=A test call\r\n" +
        "c=IN IP4 198.51.100.1\r\n" +
        "b=AS:64\r\n" +
        "t=0 0\r\n" +
        "a=tool:flowbuilder\r\n" +
        "a=sendrecv\r\n" +
        "m=audio 49170 RTP/AVP 0 8 97 101\r\n" +
        "c=IN IP4 198.51.100.2\r\n" +
        "a=rtpmap:97 iLBC/8000\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=fmtp:101 0-16\r\n" +
        "a=ptime:20\r\n" +
        "a=sendonly\r\n" +
        "m=video 51372 RTP/AVP 31\r\n" +
        "a=rtpmap:31 H261/90000\r\n";

    [Fact]
    public void Parse_FullOffer_ReadsSessionAndMediaLines()
    {
        var session = SdpSession.Parse(Offer);

        session.Origin.ShouldBe(new SdpOrigin("alice", 2890844526, 2890844527, "IN", "IP4", "198.51.100.1"));
        session.SessionName.ShouldBe("Call");
        session.Connection!.Address.ShouldBe("198.51.100.1");
        session.Timings.ShouldBe(["0 0"]);
        session.Attribute("tool").ShouldBe("flowbuilder");
        session.Direction.ShouldBe(SdpDirection.SendRecv);
        session.Media.Count.ShouldBe(2);

        var audio = session.Media[0];
        audio.Port.ShouldBe(49170);
        audio.Protocol.ShouldBe("RTP/AVP");
        audio.PayloadTypes.ShouldBe([0, 8, 97, 101]);
        audio.GetRtpMap(0).ShouldBe(SdpRtpMap.Pcmu);
        audio.GetRtpMap(8).ShouldBe(SdpRtpMap.Pcma);
        audio.GetRtpMap(97).ShouldBe(new SdpRtpMap(97, "iLBC", 8000));
        audio.GetFormatParameters(101).ShouldBe("0-16");
        audio.PacketTime.ShouldBe(20);
        session.DirectionOf(audio).ShouldBe(SdpDirection.SendOnly);
        session.ConnectionOf(audio)!.TryGetAddress().ShouldBe(IPAddress.Parse("198.51.100.2"));
        session.DirectionOf(session.Media[1]).ShouldBe(SdpDirection.SendRecv);
        session.ConnectionOf(session.Media[1])!.Address.ShouldBe("198.51.100.1");
    }

    [Fact]
    public void ToString_CanonicalInput_RoundTripsExactly()
    {
        SdpSession.Parse(Offer).ToString().ShouldBe(Offer);
    }

    [Fact]
    public void Parse_LfLineEndingsAndTrailingSpaces_AreAccepted()
    {
        var session = SdpSession.Parse("v=0\no=- 1 1 IN IP4 192.0.2.1  \ns=-\nt=0 0\nm=audio 5004 RTP/AVP 0\n");

        session.Media.Single().Port.ShouldBe(5004);
    }

    [Fact]
    public void Setters_DirectionAndPacketTime_ReplaceTheAttribute()
    {
        var media = SdpSession.Parse(Offer).Media[0];

        media.Direction = SdpDirection.Inactive;
        media.PacketTime = 30;

        media.Attributes.Count(a => a.Name is "sendonly" or "inactive").ShouldBe(1);
        media.Direction.ShouldBe(SdpDirection.Inactive);
        media.Attribute("ptime").ShouldBe("30");
    }

    [Theory]
    [InlineData("", "SDP is empty")]
    [InlineData("o=- 1 1 IN IP4 x\r\nv=0\r\n", "SDP must start with v=")]
    [InlineData("v=1\r\no=- 1 1 IN IP4 x\r\ns=-\r\n", "SDP line 1: unsupported version '1'")]
    [InlineData("v=0\r\no=- one 1 IN IP4 x\r\ns=-\r\n", "SDP line 2: malformed o=")]
    [InlineData("v=0\r\ns=-\r\n", "SDP has no o= line")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\n", "SDP has no s= line")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nc=IN IP4\r\n", "SDP line 4: malformed c=")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nm=audio 5004 RTP/AVP\r\n", "SDP line 4: malformed m=")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nm=audio 70000 RTP/AVP 0\r\n", "SDP line 4: malformed m=")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nm=audio 5004 RTP/AVP 0\r\nt=0 0\r\n", "SDP line 5: t= inside a media description")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 x\r\ns=-\r\nthis is not sdp\r\n", "SDP line 4 is not '<type>=<value>'")]
    public void TryParse_Malformed_NamesTheLineAtFault(string text, string error)
    {
        SdpSession.TryParse(text, out _, out var reason).ShouldBeFalse();
        reason.ShouldBe(error);
    }

    [Theory]
    [InlineData("96 opus/48000/2", 96, "opus", 48000, 2)]
    [InlineData("101 telephone-event/8000", 101, "telephone-event", 8000, null)]
    public void RtpMap_Parse_ReadsEncodingClockAndChannels(string text, int pt, string name, int clock, int? channels)
    {
        SdpRtpMap.TryParse(text, out var map).ShouldBeTrue();
        map.ShouldBe(new SdpRtpMap(pt, name, clock, channels));
        map.Value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("x PCMU/8000")]
    [InlineData("128 PCMU/8000")]
    [InlineData("0 PCMU")]
    [InlineData("0 PCMU/0")]
    public void RtpMap_Malformed_IsRejected(string text) => SdpRtpMap.TryParse(text, out _).ShouldBeFalse();
}
