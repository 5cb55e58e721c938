using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class SipUriTests
{
    [Fact]
    public void Parse_FullSipUri_ReadsEveryComponent()
    {
        var uri = SipUri.Parse("sip:alice:secret@atlanta.example.com:5070;transport=tcp;lr?subject=project%20x&priority=urgent");

        uri.Scheme.ShouldBe(SipUriScheme.Sip);
        uri.User.ShouldBe("alice");
        uri.Password.ShouldBe("secret");
        uri.Host.ShouldBe("atlanta.example.com");
        uri.Port.ShouldBe(5070);
        uri.Transport.ShouldBe("tcp");
        uri.IsLooseRouter.ShouldBeTrue();
        uri.Headers["subject"].ShouldBe("project x");
        uri.Headers["priority"].ShouldBe("urgent");
    }

    [Fact]
    public void Parse_Ipv6Reference_KeepsBracketsAndReadsPort()
    {
        var uri = SipUri.Parse("sips:[2001:db8::9:1]:5061;maddr=[2001:db8::1]");

        uri.Scheme.ShouldBe(SipUriScheme.Sips);
        uri.Host.ShouldBe("[2001:db8::9:1]");
        uri.Port.ShouldBe(5061);
        uri.TryGetAddress().ShouldBe(IPAddress.Parse("2001:db8::9:1"));
        uri.Parameters["maddr"].ShouldBe("[2001:db8::1]");
    }

    [Fact]
    public void Parse_EscapedUser_IsUnescapedAndEscapedAgainOnOutput()
    {
        var uri = SipUri.Parse("sip:%61lice%20smith@example.com");

        uri.User.ShouldBe("alice smith");
        uri.ToString().ShouldBe("sip:alice%20smith@example.com");
    }

    [Fact]
    public void Parse_SemicolonsInUserPart_BelongToTheUser()
    {
        var uri = SipUri.Parse("sip:user;par=u%40example.net@example.com");

        uri.User.ShouldBe("user;par=u@example.net");
        uri.Host.ShouldBe("example.com");
        uri.Parameters.Count.ShouldBe(0);
    }

    [Fact]
    public void Parse_TelUri_PutsTheNumberInUser()
    {
        var uri = SipUri.Parse("tel:+1-201-555-0123;phone-context=example.com");

        uri.Scheme.ShouldBe(SipUriScheme.Tel);
        uri.User.ShouldBe("+1-201-555-0123");
        uri.Parameters["phone-context"].ShouldBe("example.com");
        uri.ToString().ShouldBe("tel:+1-201-555-0123;phone-context=example.com");
    }

    [Theory]
    [InlineData("")]
    [InlineData("sip:")]
    [InlineData("sip:@example.com")]
    [InlineData("sip:alice@")]
    [InlineData("sip:alice@exa mple.com")]
    [InlineData("sip:alice@example.com:99999")]
    [InlineData("sip:alice@example.com:50a")]
    [InlineData("sip:alice@2001:db8::1")]
    [InlineData("sip:alice@[2001:db8::1")]
    [InlineData("sip:alice@-bad-.example.com")]
    [InlineData("sip:alice@300.1.1.1")]
    [InlineData("sip:al%ZZice@example.com")]
    [InlineData("sip:alice@example.com;=x")]
    [InlineData("mailto:alice@example.com")]
    [InlineData("tel:")]
    [InlineData("tel:+1-ab")]
    public void TryParse_MalformedUri_IsRejected(string text)
    {
        SipUri.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp")]
    [InlineData("sip:carol@chicago.com", "sip:carol@chicago.com;newparam=5")]
    [InlineData("sip:carol@chicago.com;security=on", "sip:carol@chicago.com;newparam=5")]
    [InlineData("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com", "sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com")]
    [InlineData("sip:alice@atlanta.com?subject=project%20x&priority=urgent", "sip:alice@atlanta.com?priority=urgent&subject=project%20x")]
    [InlineData("sip:[2001:db8::1]:5060", "sip:[2001:DB8:0::1]:5060")]
    [InlineData("tel:+1-201-555-0123", "tel:+12015550123")]
    public void Equals_EquivalentUrisPerRfc3261_AreEqual(string a, string b)
    {
        var x = SipUri.Parse(a);
        var y = SipUri.Parse(b);

        x.ShouldBe(y);
        x.GetHashCode().ShouldBe(y.GetHashCode());
    }

    [Theory]
    [InlineData("SIP:ALICE@AtLanTa.CoM;Transport=udp", "sip:alice@AtLanTa.CoM;Transport=UDP")]
    [InlineData("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060")]
    [InlineData("sip:bob@biloxi.com", "sip:bob@biloxi.com;transport=udp")]
    [InlineData("sip:bob@biloxi.com", "sip:bob@biloxi.com:6000;transport=tcp")]
    [InlineData("sip:carol@chicago.com", "sip:carol@chicago.com?Subject=next%20meeting")]
    [InlineData("sip:bob@phone21.boxesbybob.com", "sip:bob@192.0.2.4")]
    [InlineData("sip:alice@example.com", "sips:alice@example.com")]
    [InlineData("sip:alice@example.com;user=phone", "sip:alice@example.com")]
    [InlineData("sip:alice@example.com;ttl=5", "sip:alice@example.com;ttl=6")]
    public void Equals_DifferentUrisPerRfc3261_AreNotEqual(string a, string b)
    {
        SipUri.Parse(a).ShouldNotBe(SipUri.Parse(b));
    }

    [Fact]
    public void ToString_ParameterValuesNeedingEscapes_AreEscaped()
    {
        var uri = new SipUri { Host = "example.com", User = "a@b" }.WithParameter("note", "hello world");

        var text = uri.ToString();

        text.ShouldBe("sip:a%40b@example.com;note=hello%20world");
        SipUri.Parse(text).ShouldBe(uri);
    }

    [Fact]
    public void WithoutParameter_RemovesOnlyThatParameter()
    {
        var uri = SipUri.Parse("sip:proxy.example.com;lr;transport=udp");

        uri.WithoutParameter("LR").ToString().ShouldBe("sip:proxy.example.com;transport=udp");
    }
}
