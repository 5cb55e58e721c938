using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

public sealed class SipRegistrationTests
{
    private static readonly SipUri Registrar = SipUri.Parse("sip:198.51.100.7");

    [Fact]
    public async Task Register_Challenged_ResendsWithAuthorizationAndNextCSeq()
    {
        var h = new UserAgentHarness(o => o with { Username = "alice", Password = "secret" });
        var registration = new SipRegistration(h.Alice, Registrar, TimeSpan.FromSeconds(300));

        var registering = registration.RegisterAsync();
        h.Network.Pump();
        var first = Registers(h).ShouldHaveSingleItem();
        var challenge = SipUserAgentCallTests.Reply(first, 401);
        challenge.Headers.Add(SipHeaderNames.WwwAuthenticate, "Digest realm=\"trunk\", nonce=\"n1\", qop=\"auth\"");
        h.Network.Inject(challenge, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
        await h.Network.PumpUntil(() => Registers(h).Count == 2);
        var second = Registers(h)[1];
        Answer(h, second, 300);

        (await h.Network.PumpUntil(registering)).ShouldBeTrue();
        second.CSeq!.Value.Number.ShouldBe(first.CSeq!.Value.Number + 1);
        second.CallId.ShouldBe(first.CallId);
        second.Authorization.ShouldHaveSingleItem().Get("realm").ShouldBe("trunk");
        second.Headers[SipHeaderNames.Expires].ShouldBe("300");
        registration.IsRegistered.ShouldBeTrue();
    }

    [Fact]
    public async Task Register_BeforeExpiry_IsRefreshedAndThenUnregisteredWithExpiresZero()
    {
        var h = new UserAgentHarness();
        var registration = new SipRegistration(h.Alice, Registrar, TimeSpan.FromSeconds(120));
        var registering = registration.RegisterAsync();
        h.Network.Pump();
        Answer(h, Registers(h).ShouldHaveSingleItem(), 60);
        (await h.Network.PumpUntil(registering)).ShouldBeTrue();
        registration.ExpiresAt.ShouldBe(h.Time.GetUtcNow().AddSeconds(60));

        h.Advance(TimeSpan.FromSeconds(53));
        Registers(h).Count.ShouldBe(1);
        h.Advance(TimeSpan.FromSeconds(1));
        var registers = Registers(h);
        registers.Count.ShouldBe(2, "refreshed 6 s before the granted 60 s");
        registers[1].CSeq!.Value.Number.ShouldBe(2);
        Answer(h, registers[1], 60);
        var refreshedUntil = h.Time.GetUtcNow().AddSeconds(60);
        await h.Network.PumpUntil(() => registration.ExpiresAt == refreshedUntil);

        var unregistering = registration.UnregisterAsync();
        h.Network.Pump();
        var removal = Registers(h)[2];
        removal.Headers[SipHeaderNames.Expires].ShouldBe("0");
        Answer(h, removal, 0);
        (await h.Network.PumpUntil(unregistering)).ShouldBeTrue();

        registration.IsRegistered.ShouldBeFalse();
        h.Advance(TimeSpan.FromMinutes(10));
        Registers(h).Count.ShouldBe(3);
    }

    private static List<SipRequest> Registers(UserAgentHarness h) => [.. h.Network.Requests(SipMethods.Register, UserAgentHarness.PeerEndPoint)];

    private static void Answer(UserAgentHarness h, SipRequest register, int expires)
    {
        var ok = SipUserAgentCallTests.Reply(register, 200);
        ok.Headers.Add(SipHeaderNames.Contact, $"{register.Headers[SipHeaderNames.Contact]};expires={expires}");
        h.Network.Inject(ok, UserAgentHarness.PeerEndPoint, UserAgentHarness.AliceEndPoint);
    }
}
