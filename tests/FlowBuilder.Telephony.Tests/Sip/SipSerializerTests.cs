using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class SipSerializerTests
{
    [Fact]
    public void Serialiser_WritesCanonicalLongNamesInOrder()
    {
        var text = "OPTIONS sip:x@example.com SIP/2.0\nv:  SIP/2.0/UDP a.example.com;branch=z9hG4bK1\ni:c1\nf: <sip:a@example.com>;tag=1\nt:<sip:x@example.com>\ncseq: 7 OPTIONS\nmax-forwards:70\nl: 0\n\n";
        var message = TestMessages.Parse(text).Message!;

        message.ToString().ShouldBe(
            "OPTIONS sip:x@example.com SIP/2.0\r\n" +
            "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n" +
            "Call-ID: c1\r\n" +
            "From: <sip:a@example.com>;tag=1\r\n" +
            "To: <sip:x@example.com>\r\n" +
            "CSeq: 7 OPTIONS\r\n" +
            "Max-Forwards: 70\r\n" +
            "Content-Length: 0\r\n" +
            "\r\n");
    }

    [Fact]
    public void Serialiser_ContentLength_IsUpdatedInPlaceToTheBodyLength()
    {
        var message = TestMessages.Parse(TestMessages.Invite).Message!;
        message.SetBody("application/sdp", "v=0\r\n");

        var text = message.ToString();

        text.ShouldContain("Contact: <sip:alice@pc33.atlanta.example.com>\r\nContent-Length: 5\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n");
    }

    [Fact]
    public void Serialiser_WithoutContentLengthHeader_AppendsIt()
    {
        var request = TestMessages.Request("MESSAGE", "z9hG4bK9");
        request.SetBody("text/plain", "héllo");

        var text = request.ToString();

        text.ShouldEndWith("Content-Type: text/plain\r\nContent-Length: 6\r\n\r\nhéllo");
    }

    [Fact]
    public void Serialiser_ResponseStartLine_HasCodeAndReason()
    {
        var response = new SipResponse(486);

        Encoding.UTF8.GetString(response.ToBytes()).ShouldStartWith("SIP/2.0 486 Busy Here\r\n");
    }

    [Fact]
    public void Serialiser_ParseWriteParse_IsStable()
    {
        var first = TestMessages.Parse(TestMessages.Invite.Replace("Content-Length: 0\n\n", "Content-Length: 4\n\nv=0\n")).Message!;
        var written = first.ToBytes();
        var second = new SipMessageParser().Parse(written).Message!;

        second.ToBytes().ShouldBe(written);
        second.Headers.Select(h => h.ToString()).ShouldBe(first.Headers.Select(h => h.ToString()));
        second.BodyText.ShouldBe("v=0\r");
    }

    [Fact]
    public void Serialiser_BinaryBody_IsCopiedVerbatim()
    {
        var request = TestMessages.Request("INFO", "z9hG4bK2");
        request.Body = new byte[] { 0, 255, 13, 10, 13, 10, 7 };

        var parsed = new SipMessageParser().Parse(request.ToBytes()).Message!;

        parsed.Body.ToArray().ShouldBe(new byte[] { 0, 255, 13, 10, 13, 10, 7 });
    }
}
