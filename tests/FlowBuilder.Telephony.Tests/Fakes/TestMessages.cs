using System.Net;
using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transport;

namespace FlowBuilder.Telephony.Tests.Fakes;

/// <summary>Builders for the messages tests exchange.</summary>
internal static class TestMessages
{
    public static readonly IPEndPoint Peer = new(IPAddress.Parse("198.51.100.7"), 5060);

    public static SipRequest Request(string method, string? branch = null, long cseq = 1, string callId = "call-1@test")
    {
        var request = new SipRequest(method, SipUri.Parse("sip:bob@198.51.100.7"));
        if (branch is not null) request.Headers.Add("Via", $"SIP/2.0/UDP 198.51.100.7:5060;branch={branch}");
        request.Headers.Add("Max-Forwards", "70");
        request.Headers.Add("From", "\"Alice\" <sip:alice@example.com>;tag=a1");
        request.Headers.Add("To", "<sip:bob@example.com>");
        request.Headers.Add("Call-ID", callId);
        request.CSeq = new SipCSeq(cseq, method);
        return request;
    }

    public static SipResponse ResponseTo(SipRequest request, int status, string? toTag = "b2")
    {
        var response = request.CreateResponse(status);
        if (toTag is not null && status > 100) response.To = response.To!.WithTag(toTag);
        return response;
    }

    public static SipReceived Received(SipMessage message, IPEndPoint? remote = null) =>
        new(new SipMessageParser().Parse(message.ToBytes()), remote ?? Peer);

    public static SipParseResult Parse(string text, SipParserOptions? options = null) =>
        new SipMessageParser(options).Parse(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));

    public const string Invite =
        """
        INVITE sip:bob@biloxi.example.com SIP/2.0
        Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds
        Max-Forwards: 70
        To: Bob <sip:bob@biloxi.example.com>
        From: Alice <sip:alice@atlanta.example.com>;tag=1928301774
        Call-ID: a84b4c76e66710@pc33.atlanta.example.com
        CSeq: 314159 INVITE
        Contact: <sip:alice@pc33.atlanta.example.com>
        Content-Length: 0


        """;
}
