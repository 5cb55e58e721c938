using System.Net;
using FlowBuilder.Telephony.Sdp;

namespace FlowBuilder.Telephony.Tests.Sdp;

public sealed class SdpNegotiatorTests
{
    private static readonly SdpLocalMedia Local = new(IPAddress.Parse("192.0.2.10"), 30000);
    private static readonly SdpOrigin Origin = new("flowbuilder", 42, 1, "IN", "IP4", "192.0.2.10");

    private static SdpSession Offer(string media, string attributes = "", string connection = "198.51.100.7") =>
        SdpSession.Parse($"v=0\r\no=peer 1 1 IN IP4 {connection}\r\ns=-\r\nc=IN IP4 {connection}\r\nt=0 0\r\n{media}\r\n{attributes}");

    private static SdpAnswer Answer(SdpSession offer, SdpNegotiatorOptions? options = null, SdpLocalMedia? local = null) =>
        new SdpNegotiator(options).Answer(offer, local ?? Local, Origin);

    [Fact]
    public void Answer_OfferListingPcmaFirst_StillChoosesOurPreferredPcmu()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 8 0 101", "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n"));

        answer.IsAcceptable.ShouldBeTrue();
        answer.Audio!.Codec.ShouldBe(SdpRtpMap.Pcmu);
        answer.Audio.TelephoneEventPayloadType.ShouldBe(101);
        answer.Audio.RemoteRtp.ShouldBe(new IPEndPoint(IPAddress.Parse("198.51.100.7"), 40000));
        var media = answer.Session.Media.Single();
        media.Port.ShouldBe(30000);
        media.Formats.ShouldBe(["0", "101"]);
        media.GetFormatParameters(101).ShouldBe("0-15");
        media.PacketTime.ShouldBe(20);
        media.Direction.ShouldBe(SdpDirection.SendRecv);
        answer.Session.Connection!.Address.ShouldBe("192.0.2.10");
        answer.Session.Origin.ShouldBe(Origin);
    }

    [Fact]
    public void Answer_PreferencePcmaFirst_ChoosesPcma()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0 8"), new SdpNegotiatorOptions { CodecPreference = ["PCMA", "PCMU"] });

        answer.Audio!.Codec.ShouldBe(SdpRtpMap.Pcma);
    }

    [Fact]
    public void Answer_PcmuUnderADynamicPayloadType_KeepsTheOfferersNumber()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 96 100", "a=rtpmap:96 pcmu/8000\r\na=rtpmap:100 telephone-event/8000\r\n"));

        answer.Audio!.Codec.PayloadType.ShouldBe(96);
        answer.Audio.TelephoneEventPayloadType.ShouldBe(100);
        answer.Session.Media[0].Formats.ShouldBe(["96", "100"]);
    }

    [Fact]
    public void Answer_OfferWithoutTelephoneEvents_AnswersWithoutThem()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0"));

        answer.Audio!.TelephoneEventPayloadType.ShouldBeNull();
        answer.Session.Media[0].Formats.ShouldBe(["0"]);
        answer.Session.Media[0].Attributes.ShouldNotContain(a => a.Name == "fmtp");
    }

    [Fact]
    public void Answer_TelephoneEventsDisabled_LeavesThemOut()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0 101", "a=rtpmap:101 telephone-event/8000\r\n"), new SdpNegotiatorOptions { TelephoneEvents = false });

        answer.Audio!.TelephoneEventPayloadType.ShouldBeNull();
    }

    [Fact]
    public void Answer_NoCommonCodec_RejectsTheStreamWithPortZero()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 9 111", "a=rtpmap:9 G722/8000\r\na=rtpmap:111 opus/48000/2\r\n"));

        answer.IsAcceptable.ShouldBeFalse();
        var media = answer.Session.Media.Single();
        media.Port.ShouldBe(0);
        media.Formats.ShouldBe(["9"]);
        SdpSession.Parse(answer.Session.ToString()).Media.Single().IsRejected.ShouldBeTrue();
    }

    [Fact]
    public void Answer_VideoAndASecondAudioStream_AreRejectedInPlace()
    {
        var offer = Offer("m=video 50000 RTP/AVP 31\r\nm=audio 40000 RTP/AVP 0\r\nm=audio 40002 RTP/AVP 8", "");

        var answer = Answer(offer);

        answer.Session.Media.Select(m => (m.Media, m.Port)).ShouldBe([("video", 0), ("audio", 30000), ("audio", 0)]);
        answer.Audio!.RemoteRtp!.Port.ShouldBe(40000);
    }

    [Fact]
    public void Answer_SecureProfile_IsRejected()
    {
        Answer(Offer("m=audio 40000 RTP/SAVP 0")).IsAcceptable.ShouldBeFalse();
    }

    [Theory]
    [InlineData("sendrecv", SdpDirection.SendRecv)]
    [InlineData("sendonly", SdpDirection.RecvOnly)]
    [InlineData("recvonly", SdpDirection.SendOnly)]
    [InlineData("inactive", SdpDirection.Inactive)]
    public void Answer_OfferDirection_IsMirrored(string offered, SdpDirection expected)
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0", $"a={offered}\r\n"));

        answer.Audio!.Direction.ShouldBe(expected);
        answer.Session.Media[0].Direction.ShouldBe(expected);
        (answer.Audio.RemoteRtp is not null).ShouldBe(expected is SdpDirection.SendRecv or SdpDirection.SendOnly);
    }

    [Fact]
    public void Answer_HoldThenResume_FollowsTheOffers()
    {
        var negotiator = new SdpNegotiator();
        var hold = negotiator.Answer(Offer("m=audio 40000 RTP/AVP 0", "a=sendonly\r\n"), Local, Origin);
        var resume = negotiator.Answer(Offer("m=audio 40000 RTP/AVP 0", "a=sendrecv\r\n"), Local, Origin.Next());

        hold.Audio!.Direction.ShouldBe(SdpDirection.RecvOnly);
        resume.Audio!.Direction.ShouldBe(SdpDirection.SendRecv);
        resume.Session.Origin.SessionVersion.ShouldBe(2UL);
    }

    [Fact]
    public void Answer_SessionLevelDirection_AppliesWhenTheMediaHasNone()
    {
        var answer = Answer(SdpSession.Parse("v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\na=sendonly\r\nm=audio 40000 RTP/AVP 0\r\n"));

        answer.Audio!.Direction.ShouldBe(SdpDirection.RecvOnly);
    }

    [Fact]
    public void Answer_OldStyleHoldWithZeroAddress_MeansWeMustNotSend()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0", "", connection: "0.0.0.0"));

        answer.Audio!.Direction.ShouldBe(SdpDirection.RecvOnly);
        answer.Audio.RemoteRtp.ShouldBeNull();
    }

    [Fact]
    public void Answer_WeAreHolding_AnswersSendOnly()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0"), local: Local with { Direction = SdpDirection.SendOnly });

        answer.Audio!.Direction.ShouldBe(SdpDirection.SendOnly);
    }

    [Fact]
    public void Answer_MediaLevelConnectionAndPtime_AreUsed()
    {
        var answer = Answer(Offer("m=audio 40000 RTP/AVP 0\r\nc=IN IP4 203.0.113.5", "a=ptime:30\r\n"));

        answer.Audio!.RemoteRtp.ShouldBe(new IPEndPoint(IPAddress.Parse("203.0.113.5"), 40000));
        answer.Audio.PacketTimeMs.ShouldBe(30);
    }

    [Fact]
    public void CreateOffer_ListsPreferredCodecsAndTelephoneEvents()
    {
        var offer = new SdpNegotiator().CreateOffer(Local, Origin);

        var media = offer.Media.Single();
        media.Formats.ShouldBe(["0", "8", "101"]);
        media.GetRtpMap(101).ShouldBe(new SdpRtpMap(101, "telephone-event", 8000));
        media.GetFormatParameters(101).ShouldBe("0-15");
        media.PacketTime.ShouldBe(20);
        offer.DirectionOf(media).ShouldBe(SdpDirection.SendRecv);
        offer.ToString().ShouldStartWith("v=0\r\no=flowbuilder 42 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 30000 RTP/AVP 0 8 101\r\n");
    }

    [Fact]
    public void ReadAnswer_FromAPeer_GivesTheNegotiatedStream()
    {
        var negotiator = new SdpNegotiator();
        var offer = negotiator.CreateOffer(Local, Origin);
        var answer = SdpSession.Parse("v=0\r\no=peer 5 5 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\nm=audio 41000 RTP/AVP 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=recvonly\r\n");

        var selection = negotiator.ReadAnswer(offer, answer);

        selection!.Codec.ShouldBe(SdpRtpMap.Pcma);
        selection.TelephoneEventPayloadType.ShouldBe(101);
        selection.Direction.ShouldBe(SdpDirection.SendOnly);
        selection.RemoteRtp.ShouldBe(new IPEndPoint(IPAddress.Parse("198.51.100.7"), 41000));
    }

    [Fact]
    public void ReadAnswer_RejectedStream_GivesNothing()
    {
        var negotiator = new SdpNegotiator();
        var offer = negotiator.CreateOffer(Local, Origin);

        negotiator.ReadAnswer(offer, SdpSession.Parse("v=0\r\no=p 1 1 IN IP4 198.51.100.7\r\ns=-\r\nt=0 0\r\nm=audio 0 RTP/AVP 0\r\n")).ShouldBeNull();
    }

    [Fact]
    public void NegotiatorAgainstItself_AgreesOnTheSameStream()
    {
        var caller = new SdpNegotiator(new SdpNegotiatorOptions { CodecPreference = ["PCMA"] });
        var callee = new SdpNegotiator();
        var offer = SdpSession.Parse(caller.CreateOffer(Local, Origin).ToString());

        var answer = callee.Answer(offer, new SdpLocalMedia(IPAddress.Parse("198.51.100.7"), 42000), Origin);
        var selection = caller.ReadAnswer(offer, SdpSession.Parse(answer.Session.ToString()));

        answer.Audio!.Codec.ShouldBe(SdpRtpMap.Pcma);
        selection!.Codec.ShouldBe(SdpRtpMap.Pcma);
        selection.RemoteRtp!.Port.ShouldBe(42000);
        answer.Audio.RemoteRtp!.Port.ShouldBe(30000);
    }
}
