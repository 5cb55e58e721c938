using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class SipParserTests
{
    private static string WithHeader(string name, string? value)
    {
        var lines = TestMessages.Invite.ReplaceLineEndings("\n").Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (value is null) lines.RemoveAt(index);
        else if (index >= 0) lines[index] = $"{name}: {value}";
        else lines.Insert(1, $"{name}: {value}");
        return string.Join("\n", lines);
    }

    private static SipParseFailure Rejected(string text, SipParseError error)
    {
        var result = TestMessages.Parse(text);
        result.IsSuccess.ShouldBeFalse();
        result.Failure.Error.ShouldBe(error, result.Failure.Reason);
        return result.Failure;
    }

    [Fact]
    public void Parser_WellFormedInvite_ReadsStartLineAndHeaders()
    {
        var result = TestMessages.Parse(TestMessages.Invite);

        result.IsSuccess.ShouldBeTrue();
        var request = result.Message.ShouldBeOfType<SipRequest>();
        request.Method.ShouldBe("INVITE");
        request.Uri.ToString().ShouldBe("sip:bob@biloxi.example.com");
        request.TopVia!.Branch.ShouldBe("z9hG4bK776asdhds");
        request.From!.Tag.ShouldBe("1928301774");
        request.To!.DisplayName.ShouldBe("Bob");
        request.CSeq.ShouldBe(new SipCSeq(314159, "INVITE"));
        request.Body.Length.ShouldBe(0);
    }

    [Fact]
    public void Parser_ContentLengthLargerThanBody_IsRejectedWithReason()
    {
        var failure = Rejected(WithHeader("Content-Length", "10") + "abc", SipParseError.BodyShorterThanContentLength);

        failure.Reason.ShouldBe("Content-Length 10 is larger than the 3-byte body");
        failure.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void Parser_ContentLengthSmallerThanDatagram_DiscardsTheExtraBytes()
    {
        var result = TestMessages.Parse(WithHeader("Content-Length", "4") + "v=0\r\nextra");

        result.IsSuccess.ShouldBeTrue();
        result.Message.BodyText.ShouldBe("v=0\r");
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12abc")]
    [InlineData("")]
    [InlineData("1 2")]
    [InlineData("99999999999")]
    public void Parser_NegativeOrGarbageContentLength_IsRejected(string value)
    {
        Rejected(WithHeader("Content-Length", value), SipParseError.BadContentLength).Reason.ShouldContain("Content-Length");
    }

    [Fact]
    public void Parser_MissingContentLengthOnDatagram_TakesTheRestAsBody()
    {
        var result = TestMessages.Parse(WithHeader("Content-Length", null) + "hello");

        result.Message!.BodyText.ShouldBe("hello");
    }

    [Theory]
    [InlineData("Via")]
    [InlineData("From")]
    [InlineData("To")]
    [InlineData("Call-ID")]
    [InlineData("CSeq")]
    [InlineData("Max-Forwards")]
    public void Parser_RequestMissingMandatoryHeader_IsRejectedNamingIt(string name)
    {
        Rejected(WithHeader(name, null), SipParseError.MissingHeader).Reason.ShouldBe($"Missing {name} header");
    }

    [Fact]
    public void Parser_ResponseWithoutMaxForwards_IsValid()
    {
        var text = "SIP/2.0 200 OK\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\nFrom: <sip:a@b>;tag=1\nTo: <sip:c@d>;tag=2\nCall-ID: x\nCSeq: 1 OPTIONS\nContent-Length: 0\n\n";

        TestMessages.Parse(text).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Parser_CSeqMethodDifferentFromRequestMethod_IsRejected()
    {
        Rejected(WithHeader("CSeq", "314159 BYE"), SipParseError.CSeqMismatch)
            .Reason.ShouldBe("CSeq method 'BYE' does not match request method 'INVITE'");
    }

    [Fact]
    public void Parser_ExtensionMethod_IsAccepted()
    {
        var text = TestMessages.Invite.Replace("INVITE sip:", "FLOWPING sip:").Replace("314159 INVITE", "314159 FLOWPING");

        TestMessages.Parse(text).Message.ShouldBeOfType<SipRequest>().Method.ShouldBe("FLOWPING");
    }

    [Theory]
    [InlineData("INVITE sip:bob@biloxi.example.com SIP/2.0 extra")]
    [InlineData("INVITE sip:bob@biloxi.example.com")]
    [InlineData("INV:TE sip:bob@biloxi.example.com SIP/2.0")]
    [InlineData(" INVITE sip:bob@biloxi.example.com SIP/2.0")]
    [InlineData("INVITE sip:bob@biloxi.example.com SIP/2")]
    [InlineData("INVITE sip:bob@biloxi.example.com HTTP/1.1")]
    public void Parser_BadRequestLine_IsRejected(string line)
    {
        var text = line + TestMessages.Invite[TestMessages.Invite.IndexOf('\n')..];

        Rejected(text, SipParseError.BadStartLine);
    }

    [Fact]
    public void Parser_ExtraSpacesBetweenRequestLineElements_AreTolerated()
    {
        var text = "INVITE   sip:bob@biloxi.example.com   SIP/2.0  " + TestMessages.Invite[TestMessages.Invite.IndexOf('\n')..];

        TestMessages.Parse(text).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Parser_UnsupportedVersion_IsRejectedFor505()
    {
        var failure = Rejected(TestMessages.Invite.Replace("SIP/2.0\n", "SIP/7.0\n"), SipParseError.VersionNotSupported);

        failure.StatusCode.ShouldBe(505);
        failure.TryCreateResponse(out var response).ShouldBeTrue();
        response.StatusCode.ShouldBe(505);
        response.ReasonPhrase.ShouldBe("SIP version 'SIP/7.0' is not supported");
        response.CallId.ShouldBe("a84b4c76e66710@pc33.atlanta.example.com");
    }

    [Fact]
    public void Parser_UnknownUriScheme_IsRejectedFor416()
    {
        var failure = Rejected(TestMessages.Invite.Replace("INVITE sip:bob@biloxi.example.com", "INVITE mailto:bob@biloxi.example.com"), SipParseError.UnsupportedUriScheme);

        failure.StatusCode.ShouldBe(416);
        failure.Method.ShouldBe("INVITE");
    }

    [Fact]
    public void Parser_NulByteInHeaders_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n").Replace("Alice", "Al\0ice"));

        var result = new SipMessageParser().Parse(bytes);

        result.Failure!.Error.ShouldBe(SipParseError.NulByte);
    }

    [Fact]
    public void Parser_NulBytesInBody_AreKept()
    {
        var bytes = Encoding.UTF8.GetBytes(WithHeader("Content-Length", "3").ReplaceLineEndings("\r\n") + "a\0b");

        new SipMessageParser().Parse(bytes).Message!.Body.ToArray().ShouldBe(new byte[] { (byte)'a', 0, (byte)'b' });
    }

    [Fact]
    public void Parser_InvalidUtf8InHeaders_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n")).ToList();
        bytes.InsertRange(bytes.IndexOf((byte)'B'), [0xC3, 0x28]);

        new SipMessageParser().Parse(bytes.ToArray()).Failure!.Error.ShouldBe(SipParseError.InvalidEncoding);
    }

    [Fact]
    public void Parser_MessageOverTheConfiguredLimit_IsRejected()
    {
        var options = new SipParserOptions { MaxMessageSize = 1000 };
        var text = WithHeader("X-Padding", new string('p', 1200));

        var failure = TestMessages.Parse(text, options).Failure!;

        failure.Error.ShouldBe(SipParseError.TooLarge);
        failure.StatusCode.ShouldBe(513);
    }

    [Fact]
    public void Parser_DefaultLimit_Is64KiB()
    {
        new SipMessageParser().Options.MaxMessageSize.ShouldBe(65536);
        TestMessages.Parse(WithHeader("X-Padding", new string('p', 66000))).Failure!.Error.ShouldBe(SipParseError.TooLarge);
    }

    [Fact]
    public void Parser_FoldedHeadersAndOddWhitespace_AreUnfolded()
    {
        var text = TestMessages.Invite.Replace("Subject", "").Replace("Max-Forwards: 70", "Max-Forwards   :    70\nSubject: I know you're there,\n     pick up the phone\n\tand talk to me!");

        var message = TestMessages.Parse(text).Message!;

        message.Headers["Subject"].ShouldBe("I know you're there, pick up the phone and talk to me!");
        message.MaxForwards.ShouldBe(70);
    }

    [Fact]
    public void Parser_HeaderLineWithoutColon_IsRejected()
    {
        Rejected(WithHeader("Contact", null).Replace("Max-Forwards: 70", "Max-Forwards: 70\nThis line has no colon"), SipParseError.BadHeaderLine)
            .Reason.ShouldContain("This line has no colon");
    }

    [Fact]
    public void Parser_ContinuationRightAfterStartLine_IsRejected()
    {
        Rejected(TestMessages.Invite.Replace("Via:", "  folded-start\nVia:"), SipParseError.BadHeaderLine);
    }

    [Theory]
    [InlineData("To", "<sip:bob@example.com>")]
    [InlineData("Call-ID", "again")]
    [InlineData("Content-Length", "0")]
    public void Parser_DuplicateSingleValueHeader_IsRejected(string name, string value)
    {
        Rejected(TestMessages.Invite.Replace("Max-Forwards: 70", $"Max-Forwards: 70\n{name}: {value}"), SipParseError.DuplicateHeader)
            .Reason.ShouldBe($"Multiple {name} headers");
    }

    [Theory]
    [InlineData("Via", "SIP/2.0 UDP host")]
    [InlineData("From", "<sip:alice@atlanta.example.com")]
    [InlineData("To", "Bob sip:bob@biloxi.example.com>")]
    [InlineData("Max-Forwards", "256")]
    [InlineData("Max-Forwards", "ten")]
    [InlineData("CSeq", "-1 INVITE")]
    [InlineData("Contact", "<mailto:alice@example.com>")]
    [InlineData("Call-ID", "has space")]
    public void Parser_MalformedMandatoryHeaderValue_IsRejectedNamingTheHeader(string name, string value)
    {
        Rejected(WithHeader(name, value), SipParseError.BadHeaderValue).Reason.ShouldStartWith($"Malformed {name} header");
    }

    [Theory]
    [InlineData("SIP/2.0 2000 OK")]
    [InlineData("SIP/2.0 99 Too Low")]
    [InlineData("SIP/2.0 OK 200")]
    [InlineData("SIP/2.0")]
    public void Parser_BadStatusLine_IsRejected(string line)
    {
        Rejected(line + "\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\nFrom: <sip:a@b>;tag=1\nTo: <sip:c@d>\nCall-ID: x\nCSeq: 1 INVITE\n\n", SipParseError.BadStartLine);
    }

    [Fact]
    public void Parser_LeadingCrlfs_AreSkipped()
    {
        TestMessages.Parse("\n\n\n" + TestMessages.Invite).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Parser_OnlyCrlfs_IsAnEmptyMessage()
    {
        TestMessages.Parse("\n\n").Failure!.Error.ShouldBe(SipParseError.Empty);
    }

    [Fact]
    public void Parser_RandomBytes_NeverThrow()
    {
        var random = new Random(4475);
        var parser = new SipMessageParser();
        var seed = Encoding.UTF8.GetBytes(TestMessages.Invite.ReplaceLineEndings("\r\n"));
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])seed.Clone();
            for (var j = 0; j < 1 + i % 8; j++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var cut = bytes[..random.Next(bytes.Length + 1)];
            Should.NotThrow(() => parser.Parse(cut));
        }
    }

    [Fact]
    public void Failure_MalformedAck_IsNeverAnswered()
    {
        var ack = TestMessages.Invite.Replace("INVITE sip:", "ACK sip:").Replace("314159 INVITE", "314159 ACK").Replace("Max-Forwards: 70\n", "");

        Rejected(ack, SipParseError.MissingHeader).TryCreateResponse(out _).ShouldBeFalse();
    }
}
