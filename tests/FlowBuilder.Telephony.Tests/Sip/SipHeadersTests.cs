using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class SipHeadersTests
{
    [Fact]
    public void Add_CompactAndOddlyCasedNames_AreStoredUnderCanonicalLongNames()
    {
        var headers = new SipHeaders();
        headers.Add("i", "abc@host");
        headers.Add("cseq", "1 INVITE");
        headers.Add("WWW-AUTHENTICATE", "Digest realm=\"x\"");
        headers.Add("X-Custom", "1");

        headers.Select(h => h.Name).ShouldBe(["Call-ID", "CSeq", "WWW-Authenticate", "X-Custom"]);
        headers["CALL-ID"].ShouldBe("abc@host");
        headers["I"].ShouldBe("abc@host");
        headers["x-custom"].ShouldBe("1");
    }

    [Fact]
    public void GetValues_ListHeaderOverSeveralLinesAndCommas_KeepsOrder()
    {
        var headers = new SipHeaders();
        headers.Add("Route", "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>");
        headers.Add("Subject", "Lunch, then coffee");
        headers.Add("Route", "<sip:p3.example.com;lr>");

        headers.GetValues("Route").ShouldBe(["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>", "<sip:p3.example.com;lr>"]);
        headers.GetValues("Subject").ShouldBe(["Lunch, then coffee"]);
        headers.LineCount("Route").ShouldBe(2);
    }

    [Fact]
    public void GetValues_CommaInsideQuotesOrBrackets_DoesNotSplit()
    {
        var headers = new SipHeaders();
        headers.Add("Contact", "\"Doe, John\" <sip:john@example.com>;q=0.7, <sip:j@192.0.2.1>");

        headers.GetValues("m").ShouldBe(["\"Doe, John\" <sip:john@example.com>;q=0.7", "<sip:j@192.0.2.1>"]);
    }

    [Fact]
    public void GetValues_AuthorizationWithCommasInParameters_IsNeverSplit()
    {
        var headers = new SipHeaders();
        headers.Add("Authorization", "Digest username=\"bob\", realm=\"biloxi.com\", nonce=\"abc\"");

        headers.GetValues("Authorization").Count.ShouldBe(1);
    }

    [Fact]
    public void Set_ReplacesAllLinesAtTheFirstPosition()
    {
        var headers = new SipHeaders();
        headers.Add("Via", "SIP/2.0/UDP a;branch=z9hG4bK1");
        headers.Add("Contact", "<sip:a@b>");
        headers.Add("Contact", "<sip:c@d>");

        headers.Set("m", "<sip:e@f>");

        headers.Select(h => h.ToString()).ShouldBe(["Via: SIP/2.0/UDP a;branch=z9hG4bK1", "Contact: <sip:e@f>"]);
    }

    [Fact]
    public void RemoveFirstValue_SplitsACommaLine()
    {
        var headers = new SipHeaders();
        headers.Add("Route", "<sip:p1;lr>, <sip:p2;lr>");

        headers.RemoveFirstValue("Route").ShouldBeTrue();

        headers.GetValues("Route").ShouldBe(["<sip:p2;lr>"]);
    }

    [Fact]
    public void AddFirst_PutsTheNewViaOnTop()
    {
        var headers = new SipHeaders();
        headers.Add("From", "<sip:a@b>;tag=1");
        headers.Add("Via", "SIP/2.0/UDP old;branch=z9hG4bK1");

        headers.AddFirst("v", "SIP/2.0/UDP new;branch=z9hG4bK2");

        headers.GetValues("Via")[0].ShouldContain("new");
        headers[0].Name.ShouldBe("From");
    }

    [Theory]
    [InlineData("Bad Name", "x")]
    [InlineData("X-Injected", "value\r\nVia: evil")]
    [InlineData("X-Nul", "a\0b")]
    public void Add_NameOrValueThatWouldBreakFraming_Throws(string name, string value)
    {
        Should.Throw<ArgumentException>(() => new SipHeaders().Add(name, value));
    }

    [Fact]
    public void Via_TypedAccessors_ReadBranchReceivedRportTransportAndSentBy()
    {
        var via = SipVia.Parse("SIP / 2.0 / tcp  [2001:db8::5] : 5070 ;branch=z9hG4bKabc;received=192.0.2.9;rport=40000;ttl=3");

        via.Protocol.ShouldBe("SIP/2.0");
        via.Transport.ShouldBe("TCP");
        via.Host.ShouldBe("[2001:db8::5]");
        via.Port.ShouldBe(5070);
        via.SentBy.ShouldBe("[2001:db8::5]:5070");
        via.Branch.ShouldBe("z9hG4bKabc");
        via.HasMagicCookie.ShouldBeTrue();
        via.Received.ShouldBe("192.0.2.9");
        via.RPort.ShouldBe(40000);
        via.Ttl.ShouldBe(3);
        via.ToString().ShouldBe("SIP/2.0/TCP [2001:db8::5]:5070;branch=z9hG4bKabc;received=192.0.2.9;rport=40000;ttl=3");
    }

    [Fact]
    public void Via_EmptyRport_IsPresentWithoutValue()
    {
        var via = SipVia.Parse("SIP/2.0/UDP host.example.com;rport;branch=1234");

        via.HasRPort.ShouldBeTrue();
        via.RPort.ShouldBeNull();
        via.HasMagicCookie.ShouldBeFalse();
    }

    [Theory]
    [InlineData("SIP/2.0 UDP host")]
    [InlineData("SIP/2.0/UDP")]
    [InlineData("SIP/2.0/UDP host:abc")]
    [InlineData("SIP/2.0/UDP host;=1")]
    public void Via_Malformed_IsRejected(string text) => SipVia.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("\"Alice \\\"Al\\\" Smith\" <sip:alice@example.com>;tag=88", "Alice \"Al\" Smith", "sip:alice@example.com", "88")]
    [InlineData("Bob Smith <sip:bob@example.com;transport=tcp>;tag=x1", "Bob Smith", "sip:bob@example.com;transport=tcp", "x1")]
    [InlineData("<sip:carol@example.com>", null, "sip:carol@example.com", null)]
    [InlineData("sip:dave@example.com;tag=99", null, "sip:dave@example.com", "99")]
    [InlineData("  \"\" <tel:+15551234>  ;tag=t", "", "tel:+15551234", "t")]
    public void NameAddress_Parse_ReadsDisplayNameUriAndTag(string text, string? display, string uri, string? tag)
    {
        var address = SipNameAddress.Parse(text);

        address.DisplayName.ShouldBe(display);
        address.Uri.ShouldBe(SipUri.Parse(uri));
        address.Tag.ShouldBe(tag);
    }

    [Fact]
    public void NameAddress_AddrSpecWithParameters_GivesParametersToTheHeader()
    {
        var address = SipNameAddress.Parse("sip:dave@example.com;transport=tcp;tag=99");

        address.Uri.Parameters.Count.ShouldBe(0);
        address.Parameters["transport"].ShouldBe("tcp");
    }

    [Fact]
    public void NameAddress_ToString_QuotesDisplayNameAndAlwaysUsesBrackets()
    {
        var address = new SipNameAddress("Doe, \"JD\"", SipUri.Parse("sip:jd@example.com"), SipParameters.Empty).WithTag("7");

        address.ToString().ShouldBe("\"Doe, \\\"JD\\\"\" <sip:jd@example.com>;tag=7");
        SipNameAddress.Parse(address.ToString()).ShouldBe(address);
    }

    [Theory]
    [InlineData("<sip:alice@example.com")]
    [InlineData("\"Alice <sip:alice@example.com>")]
    [InlineData("Alice <mailto:alice@example.com>")]
    [InlineData("<sip:alice@example.com> junk")]
    [InlineData("Al@ce <sip:alice@example.com>")]
    public void NameAddress_Malformed_IsRejected(string text) => SipNameAddress.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("4711 INVITE", 4711L, "INVITE")]
    [InlineData("  1\tFLOWTEST ", 1L, "FLOWTEST")]
    [InlineData("2147483647 BYE", 2147483647L, "BYE")]
    public void CSeq_Parse_ReadsNumberAndMethod(string text, long number, string method)
    {
        SipCSeq.TryParse(text, out var cseq).ShouldBeTrue();
        cseq.ShouldBe(new SipCSeq(number, method));
    }

    [Theory]
    [InlineData("INVITE")]
    [InlineData("-1 INVITE")]
    [InlineData("2147483648 INVITE")]
    [InlineData("12 IN VITE")]
    public void CSeq_Malformed_IsRejected(string text) => SipCSeq.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void AuthHeader_Parse_KeepsQuotedCommasAndUnquotesOnRead()
    {
        SipAuthHeader.TryParse("Digest realm=\"a, b\", nonce=\"n\", qop=\"auth,auth-int\", algorithm=MD5, stale=FALSE", out var header).ShouldBeTrue();

        header.Scheme.ShouldBe("Digest");
        header.Get("realm").ShouldBe("a, b");
        header.Get("qop").ShouldBe("auth,auth-int");
        header.Get("algorithm").ShouldBe("MD5");
        header.ToString().ShouldBe("Digest realm=\"a, b\", nonce=\"n\", qop=\"auth,auth-int\", algorithm=MD5, stale=FALSE");
    }

    [Fact]
    public void Message_TypedAccessors_ReadAndWriteHeaders()
    {
        var request = new SipRequest("OPTIONS", SipUri.Parse("sip:example.com"));
        request.TopVia = SipVia.Parse("SIP/2.0/UDP a.example.com;branch=z9hG4bK1");
        request.From = SipNameAddress.Parse("<sip:a@example.com>").WithTag("f");
        request.To = SipNameAddress.Parse("<sip:b@example.com>");
        request.CallId = "c1";
        request.CSeq = new SipCSeq(3, "OPTIONS");
        request.MaxForwards = 69;
        request.Contact = SipNameAddress.Parse("<sip:a@192.0.2.1:5062>");
        request.Headers.Add("Record-Route", "<sip:p2;lr>, <sip:p1;lr>");
        request.Headers.Add("Proxy-Authorization", "Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:example.com\", response=\"0\"");
        request.SetBody("text/plain", "hi");

        request.TopVia!.Branch.ShouldBe("z9hG4bK1");
        request.From!.Tag.ShouldBe("f");
        request.To!.Tag.ShouldBeNull();
        request.CSeq.ShouldBe(new SipCSeq(3, "OPTIONS"));
        request.MaxForwards.ShouldBe(69);
        request.Contacts.Single().Uri.Port.ShouldBe(5062);
        request.RecordRoutes.Select(r => r.Uri.Host).ShouldBe(["p2", "p1"]);
        request.ProxyAuthorization.Single().Get("realm").ShouldBe("r");
        request.ContentType.ShouldBe("text/plain");
        request.BodyText.ShouldBe("hi");

        request.TopVia = SipVia.Parse("SIP/2.0/UDP b.example.com;branch=z9hG4bK2");
        request.Vias.Count.ShouldBe(1);
        request.From = null;
        request.Headers.Contains("From").ShouldBeFalse();
    }

    [Fact]
    public void CreateResponse_CopiesViaFromToCallIdCSeqAndRecordRouteOnly()
    {
        var request = new SipRequest("INVITE", SipUri.Parse("sip:b@example.com"));
        request.Headers.Add("Via", "SIP/2.0/UDP p1;branch=z9hG4bK1, SIP/2.0/UDP a;branch=z9hG4bK0");
        request.Headers.Add("Record-Route", "<sip:p1;lr>");
        request.Headers.Add("From", "<sip:a@example.com>;tag=1");
        request.Headers.Add("To", "<sip:b@example.com>");
        request.Headers.Add("Call-ID", "x");
        request.Headers.Add("CSeq", "1 INVITE");
        request.Headers.Add("Max-Forwards", "70");
        request.Headers.Add("Subject", "hi");

        var ringing = request.CreateResponse(180);
        var trying = request.CreateResponse(100);

        ringing.ReasonPhrase.ShouldBe("Ringing");
        ringing.Vias.Count.ShouldBe(2);
        ringing.Headers.Select(h => h.Name).ShouldBe(["Via", "Record-Route", "From", "To", "Call-ID", "CSeq"]);
        trying.Headers.Contains("Record-Route").ShouldBeFalse();
    }
}
