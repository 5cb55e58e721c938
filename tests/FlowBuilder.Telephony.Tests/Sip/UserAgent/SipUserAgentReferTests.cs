using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

public sealed class SipUserAgentReferTests
{
    [Theory]
    [InlineData("SIP/2.0 200 OK\r\n", 200)]
    [InlineData("SIP/2.0 100 Trying", 100)]
    [InlineData("  SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n", 486)]
    public void SipFragment_StatusLine_ParsesTheCode(string body, int expected)
    {
        SipFragment.TryParseStatus(body, out var status).ShouldBeTrue();
        status.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INVITE sip:bob@example.com SIP/2.0")]
    [InlineData("SIP/2.0 2000 Wrong")]
    [InlineData("SIP/2.0 099 Low")]
    public void SipFragment_NotAStatusLine_IsRejected(string? body) => SipFragment.TryParseStatus(body, out _).ShouldBeFalse();

    [Fact]
    public async Task Refer_Accepted_Answers202AndNotifiesTryingThenOk()
    {
        var h = new UserAgentHarness();
        var (alice, _) = await h.ConnectAsync();
        SipReferRequest? received = null;
        h.Bob.ReferReceived += refer => received = refer;
        var progress = new List<int>();
        h.Alice.ReferProgress += (_, status) => progress.Add(status);

        var referring = alice.ReferAsync(SipUri.Parse("sip:2001@192.0.2.9:5060"));
        h.Network.Pump();
        referring.IsCompleted.ShouldBeFalse("no answer before the handler decides");
        var refer = received.ShouldNotBeNull();
        refer.Target.User.ShouldBe("2001");
        refer.ReferredBy.ShouldNotBeNull().ShouldContain("alice");
        var accepting = refer.AcceptAsync();
        (await h.Network.PumpUntil(referring)).ShouldBe(202);
        (await h.Network.PumpUntil(accepting)).ShouldBeTrue();
        (await h.Network.PumpUntil(refer.NotifyAsync(200, "OK"))).ShouldBeTrue();

        h.Network.Responses(202, UserAgentHarness.AliceEndPoint).ShouldHaveSingleItem();
        var notifies = h.Network.Requests(SipMethods.Notify, UserAgentHarness.AliceEndPoint);
        notifies.Select(n => n.Headers["Subscription-State"]).ShouldBe(["active;expires=60", "terminated;reason=noresource"]);
        notifies.ShouldAllBe(n => n.Headers[SipHeaderNames.Event] == "refer" && n.ContentType == SipFragment.ContentType);
        progress.ShouldBe([100, 200]);
        h.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Refer_Refused_Answers403WithTheReason()
    {
        var h = new UserAgentHarness();
        var (alice, _) = await h.ConnectAsync();
        h.Bob.ReferReceived += refer => refer.Refuse(403, "Agents may not transfer\r\n to premium numbers");

        var status = await h.Network.PumpUntil(alice.ReferAsync(SipUri.Parse("sip:0900@192.0.2.9")));

        status.ShouldBe(403);
        h.Network.Responses(403, UserAgentHarness.AliceEndPoint).ShouldHaveSingleItem().ReasonPhrase.ShouldBe("Agents may not transfer to premium numbers");
    }

    [Fact]
    public async Task Refer_WithoutHandler_IsRefused403()
    {
        var h = new UserAgentHarness();
        var (alice, _) = await h.ConnectAsync();

        (await h.Network.PumpUntil(alice.ReferAsync(SipUri.Parse("sip:2001@192.0.2.9")))).ShouldBe(403);
    }

    [Fact]
    public async Task Refer_WithoutReferTo_IsAnswered400()
    {
        var h = new UserAgentHarness();
        var (_, bob) = await h.ConnectAsync();
        var raised = false;
        h.Alice.ReferReceived += _ => raised = true;
        var refer = bob.Dialog.CreateRequest(SipMethods.Refer);
        refer.Headers.AddFirst(SipHeaderNames.Via, $"SIP/2.0/UDP {UserAgentHarness.BobEndPoint};branch=z9hG4bK-norefer");

        h.Network.Inject(refer, UserAgentHarness.BobEndPoint, UserAgentHarness.AliceEndPoint);
        h.Network.Pump();

        h.Network.Responses(400, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem();
        raised.ShouldBeFalse();
    }

    [Fact]
    public async Task Notify_OfAnotherEvent_IsAnswered489()
    {
        var h = new UserAgentHarness();
        var (_, bob) = await h.ConnectAsync();
        var notify = bob.Dialog.CreateRequest(SipMethods.Notify);
        notify.Headers.AddFirst(SipHeaderNames.Via, $"SIP/2.0/UDP {UserAgentHarness.BobEndPoint};branch=z9hG4bK-presence");
        notify.Headers.Add(SipHeaderNames.Event, "presence");

        h.Network.Inject(notify, UserAgentHarness.BobEndPoint, UserAgentHarness.AliceEndPoint);
        h.Network.Pump();

        h.Network.Responses(489, UserAgentHarness.BobEndPoint).ShouldHaveSingleItem();
    }
}
