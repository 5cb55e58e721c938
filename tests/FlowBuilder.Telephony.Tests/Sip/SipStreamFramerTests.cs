using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class SipStreamFramerTests
{
    private static byte[] Message(string callId, string body = "") =>
        Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n")
            .Replace("a84b4c76e66710@pc33.atlanta.example.com", callId)
            .Replace("Content-Length: 0", $"Content-Length: {Encoding.UTF8.GetByteCount(body)}") + body);

    private static List<SipFrame> ReadAll(SipStreamFramer framer)
    {
        var frames = new List<SipFrame>();
        while (framer.TryRead(out var frame)) frames.Add(frame);
        return frames;
    }

    [Fact]
    public void Framer_TwoMessagesInOneRead_AreSplitByContentLength()
    {
        var framer = new SipStreamFramer();
        framer.Append([.. Message("one", "v=0\r\n"), .. Message("two")]);

        var frames = ReadAll(framer);

        frames.Select(f => f.Result!.Message!.CallId).ShouldBe(["one", "two"]);
        frames[0].Result!.Message!.BodyText.ShouldBe("v=0\r\n");
        framer.BufferedBytes.ShouldBe(0);
    }

    [Fact]
    public void Framer_MessageArrivingByteByByte_IsReadOnceComplete()
    {
        var framer = new SipStreamFramer();
        var bytes = Message("slow", "hello");
        var frames = new List<SipFrame>();

        foreach (var b in bytes)
        {
            framer.Append([b]);
            frames.AddRange(ReadAll(framer));
        }

        frames.Count.ShouldBe(1);
        frames[0].Result!.Message!.BodyText.ShouldBe("hello");
    }

    [Fact]
    public void Framer_CrlfKeepAlives_AreSkippedAndPingsReported()
    {
        var framer = new SipStreamFramer();
        framer.Append("\r\n\r\n"u8);
        framer.Append("\r\n"u8);
        framer.Append([.. Message("after-ping"), .. "\r\n"u8]);

        var frames = ReadAll(framer);

        frames.Select(f => f.Kind).ShouldBe([SipFrameKind.KeepAlive, SipFrameKind.Message]);
        frames[1].Result!.Message!.CallId.ShouldBe("after-ping");
    }

    [Fact]
    public void Framer_PingSplitAcrossReads_IsStillOnePing()
    {
        var framer = new SipStreamFramer();
        framer.Append("\r\n"u8);
        ReadAll(framer).ShouldBeEmpty();
        framer.Append("\r\n"u8);

        ReadAll(framer).Select(f => f.Kind).ShouldBe([SipFrameKind.KeepAlive]);
    }

    [Fact]
    public void Framer_MissingContentLength_BreaksTheStream()
    {
        var framer = new SipStreamFramer();
        framer.Append(Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n").Replace("Content-Length: 0\r\n", "")));

        var frames = ReadAll(framer);

        frames.Single().Kind.ShouldBe(SipFrameKind.Invalid);
        frames[0].Result!.Failure!.Error.ShouldBe(SipParseError.MissingContentLength);
        framer.IsBroken.ShouldBeTrue();
    }

    [Fact]
    public void Framer_InvalidMessageWithGoodFraming_KeepsTheStreamUsable()
    {
        var framer = new SipStreamFramer();
        var bad = Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n").Replace("CSeq: 314159 INVITE", "CSeq: 314159 BYE"));
        framer.Append([.. bad, .. Message("good")]);

        var frames = ReadAll(framer);

        frames.Select(f => f.Kind).ShouldBe([SipFrameKind.Invalid, SipFrameKind.Message]);
        frames[0].Result!.Failure!.Error.ShouldBe(SipParseError.CSeqMismatch);
        framer.IsBroken.ShouldBeFalse();
    }

    [Fact]
    public void Framer_EndlessHeaderSection_IsCutOffAtTheLimit()
    {
        var framer = new SipStreamFramer(new SipMessageParser(new SipParserOptions { MaxMessageSize = 2048 }));
        framer.Append("INVITE sip:a@b SIP/2.0\r\n"u8);
        for (var i = 0; i < 200; i++) framer.Append("X-Flood: aaaaaaaaaaaaaaaa\r\n"u8);

        var frames = ReadAll(framer);

        frames.Single().Result!.Failure!.Error.ShouldBe(SipParseError.TooLarge);
        framer.IsBroken.ShouldBeTrue();
    }

    [Fact]
    public void Framer_ContentLengthBeyondTheLimit_IsRejectedBeforeBuffering()
    {
        var framer = new SipStreamFramer(new SipMessageParser(new SipParserOptions { MaxMessageSize = 4096 }));
        framer.Append(Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n").Replace("Content-Length: 0", "Content-Length: 100000")));

        ReadAll(framer).Single().Result!.Failure!.Error.ShouldBe(SipParseError.TooLarge);
    }

    [Fact]
    public void Framer_CompactContentLengthAndLfLines_AreUnderstood()
    {
        var framer = new SipStreamFramer();
        var text = TestMessages.Invite.Replace("Content-Length: 0", "l :  3") + "abc";
        framer.Append(Encoding.UTF8.GetBytes(text));

        ReadAll(framer).Single().Result!.Message!.BodyText.ShouldBe("abc");
    }

    [Fact]
    public void Framer_RandomChunking_YieldsTheSameMessages()
    {
        var stream = Enumerable.Range(0, 20).SelectMany(i => Message($"m{i}", new string('b', i * 7))).ToArray();
        var random = new Random(3261);
        var framer = new SipStreamFramer();
        var ids = new List<string?>();

        for (var offset = 0; offset < stream.Length;)
        {
            var size = Math.Min(random.Next(1, 300), stream.Length - offset);
            framer.Append(stream.AsSpan(offset, size));
            offset += size;
            ids.AddRange(ReadAll(framer).Select(f => f.Result!.Message!.CallId));
        }

        ids.ShouldBe(Enumerable.Range(0, 20).Select(i => (string?)$"m{i}"));
    }
}
