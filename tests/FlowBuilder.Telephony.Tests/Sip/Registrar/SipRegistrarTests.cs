using System.Net;
using FlowBuilder.Telephony.Sip.Registrar;

namespace FlowBuilder.Telephony.Tests.Sip.Registrar;

public sealed class SipRegistrarTests
{
    private const string Contact = "<sip:101@198.51.100.7:5060>";

    [Fact]
    public async Task Register_WithoutCredentials_Challenged401InTheConfiguredRealm()
    {
        using var h = new RegistrarHarness(o => o.Realm = "pbx.example");

        var response = await h.SendAsync(h.Request("101", [Contact], 600));

        response.StatusCode.ShouldBe(401);
        var challenge = response.WwwAuthenticate.ShouldHaveSingleItem();
        challenge.Get("realm").ShouldBe("pbx.example");
        response.To!.Tag.ShouldNotBeNull();
        h.Registrar.Contacts("101").ShouldBeEmpty();
    }

    [Fact]
    public async Task Register_RightPassword_200ListsTheContactWithItsExpiresAndKeepsTheSourceAddress()
    {
        using var h = new RegistrarHarness();
        var source = new IPEndPoint(IPAddress.Parse("203.0.113.9"), 40123);

        var response = await h.RegisterAsync("101", "s3cret", [Contact], 600, from: source);

        response.StatusCode.ShouldBe(200);
        var listed = response.Contacts.ShouldHaveSingleItem();
        listed.Uri.ToString().ShouldBe("sip:101@198.51.100.7:5060");
        listed.Parameters.Get("expires").ShouldBe("600");
        var contact = h.Registrar.Contacts("101").ShouldHaveSingleItem();
        (contact.Source, contact.Transport, contact.ExpiresAt).ShouldBe((source, "UDP", h.Time.GetUtcNow().AddSeconds(600)));
        h.Registrar.Snapshot().ShouldHaveSingleItem().Number.ShouldBe("101");
        h.Changes.ShouldBe(["101"]);
    }

    [Theory]
    [InlineData("101", "wrong")]
    [InlineData("150", "anything")]
    [InlineData("199", "old")]
    public async Task Register_WrongPasswordUnknownOrDisabledExtension_SameForbidden(string user, string password)
    {
        using var h = new RegistrarHarness();

        var response = await h.RegisterAsync(user, password, [$"<sip:{user}@198.51.100.7>"], 600);

        (response.StatusCode, response.ReasonPhrase).ShouldBe((403, "Forbidden"));
        h.Registrar.Contacts(user).ShouldBeEmpty();
    }

    [Fact]
    public async Task Register_CredentialsOfAnotherExtension_Forbidden()
    {
        using var h = new RegistrarHarness();
        var challenge = await h.SendAsync(h.Request("101", [Contact], 600));
        var retry = h.Request("101", [Contact], 600, cseq: 2);
        new FlowBuilder.Telephony.Sip.Auth.DigestClient("102", "pa55").TryAuthorize(retry, challenge).ShouldBeTrue();

        (await h.SendAsync(retry)).StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task Register_TwoPhones_BothContactsListedAndKept()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7:5060>"], 600, callId: "desk");

        var response = await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.8:5062>"], 300, callId: "mobile");

        response.Contacts.Count.ShouldBe(2);
        h.Registrar.Contacts("101").Select(c => c.Uri.Host).ShouldBe(["198.51.100.7", "198.51.100.8"]);
    }

    [Fact]
    public async Task Register_ContactExpiresParameter_OverridesTheExpiresHeader()
    {
        using var h = new RegistrarHarness();

        var response = await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7>;expires=120", "<sip:101@198.51.100.8>"], 900);

        response.Contacts.Select(c => c.Parameters.Get("expires")).ShouldBe(["120", "900"]);
    }

    [Fact]
    public async Task Register_ExpiresBelowMinimum_423WithMinExpires()
    {
        using var h = new RegistrarHarness(o => o.Registrar.MinExpiresSeconds = 120);

        var response = await h.RegisterAsync("101", "s3cret", [Contact], 30);

        response.StatusCode.ShouldBe(423);
        response.Headers["Min-Expires"].ShouldBe("120");
        h.Registrar.Contacts("101").ShouldBeEmpty();
    }

    [Fact]
    public async Task Register_ExpiresAboveMaximum_ShortenedToIt()
    {
        using var h = new RegistrarHarness(o => o.Registrar.MaxExpiresSeconds = 1800);

        var response = await h.RegisterAsync("101", "s3cret", [Contact], 86400);

        response.Contacts.ShouldHaveSingleItem().Parameters.Get("expires").ShouldBe("1800");
    }

    [Fact]
    public async Task Register_NoExpiresAnywhere_TheDefault()
    {
        using var h = new RegistrarHarness(o => o.Registrar.DefaultExpiresSeconds = 1200);

        var response = await h.RegisterAsync("101", "s3cret", [Contact]);

        response.Contacts.ShouldHaveSingleItem().Parameters.Get("expires").ShouldBe("1200");
    }

    [Fact]
    public async Task Register_ExpiresZero_RemovesOnlyThatContact()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7>", "<sip:101@198.51.100.8>"], 600, callId: "a", cseq: 1);

        var response = await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7>"], 0, callId: "a", cseq: 10);

        response.StatusCode.ShouldBe(200);
        h.Registrar.Contacts("101").ShouldHaveSingleItem().Uri.Host.ShouldBe("198.51.100.8");
    }

    [Fact]
    public async Task Register_WildcardWithExpiresZero_RemovesEveryContact()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7>", "<sip:101@198.51.100.8>"], 600);
        h.Changes.Clear();

        var response = await h.RegisterAsync("101", "s3cret", ["*"], 0, callId: "other");

        response.StatusCode.ShouldBe(200);
        response.Contacts.ShouldBeEmpty();
        h.Registrar.Contacts("101").ShouldBeEmpty();
        h.Registrar.Snapshot().ShouldBeEmpty();
        h.Changes.ShouldBe(["101"]);
    }

    [Fact]
    public async Task Register_WildcardWithoutExpiresZero_400()
    {
        using var h = new RegistrarHarness();

        (await h.RegisterAsync("101", "s3cret", ["*"], 600)).StatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task Register_OlderCSeqOfTheSameCallId_500AndBindingUnchanged()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", [Contact], 600, callId: "a", cseq: 20);

        var response = await h.RegisterAsync("101", "s3cret", [Contact], 0, callId: "a", cseq: 5);

        response.StatusCode.ShouldBe(500);
        h.Registrar.Contacts("101").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Registration_NotRefreshed_ExpiresOnTheClockAndRaisesTheChange()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.7>"], 120, callId: "a");
        await h.RegisterAsync("101", "s3cret", ["<sip:101@198.51.100.8>"], 600, callId: "b");
        h.Changes.Clear();

        h.Time.Advance(TimeSpan.FromSeconds(119));
        h.Registrar.Contacts("101").Count.ShouldBe(2);
        h.Time.Advance(TimeSpan.FromSeconds(1));

        h.Registrar.Contacts("101").ShouldHaveSingleItem().Uri.Host.ShouldBe("198.51.100.8");
        h.Changes.ShouldBe(["101"]);
        h.Time.Advance(TimeSpan.FromSeconds(480));
        h.Registrar.Snapshot().ShouldBeEmpty();
        h.Changes.ShouldBe(["101", "101"]);
    }

    [Fact]
    public async Task Registration_Refreshed_StaysWithTheNewExpiry()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", [Contact], 120, callId: "a", cseq: 1);
        h.Time.Advance(TimeSpan.FromSeconds(100));

        var response = await h.RegisterAsync("101", "s3cret", [Contact], 120, callId: "a", cseq: 3);
        h.Time.Advance(TimeSpan.FromSeconds(100));

        response.Contacts.ShouldHaveSingleItem().Parameters.Get("expires").ShouldBe("120");
        h.Registrar.Contacts("101").ShouldHaveSingleItem().ExpiresIn(h.Time.GetUtcNow()).ShouldBe(20);
    }

    [Fact]
    public async Task Register_TooManyFailuresFromOneAddress_BlockedEvenWithTheRightPasswordUntilTheBlockEnds()
    {
        using var h = new RegistrarHarness(o =>
        {
            o.Registrar.MaxFailedAttempts = 3;
            o.Registrar.BlockSeconds = 300;
        });
        for (var i = 0; i < 3; i++) (await h.RegisterAsync("102", "guess" + i, ["<sip:102@198.51.100.7>"], 600, cseq: 10 * i)).StatusCode.ShouldBe(403);

        var blocked = await h.SendAsync(h.Request("101", [Contact], 600));

        (blocked.StatusCode, blocked.ReasonPhrase).ShouldBe((403, ExtensionAuthentication.BlockedReason));
        h.Time.Advance(TimeSpan.FromSeconds(300));
        (await h.RegisterAsync("101", "s3cret", [Contact], 600)).StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Register_FailuresSpreadBeyondTheWindow_NotBlocked()
    {
        using var h = new RegistrarHarness(o =>
        {
            o.Registrar.MaxFailedAttempts = 3;
            o.Registrar.FailureWindowSeconds = 60;
        });
        for (var i = 0; i < 4; i++)
        {
            (await h.RegisterAsync("101", "guess", [Contact], 600, cseq: 10 * i)).ReasonPhrase.ShouldBe("Forbidden");
            h.Time.Advance(TimeSpan.FromSeconds(31));
        }

        (await h.RegisterAsync("101", "s3cret", [Contact], 600, cseq: 100)).StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Register_FailuresForOneExtensionFromManyAddresses_ExtensionBlocked()
    {
        using var h = new RegistrarHarness(o => o.Registrar.MaxFailedAttempts = 3);
        for (var i = 0; i < 3; i++)
        {
            var from = new IPEndPoint(IPAddress.Parse($"203.0.113.{10 + i}"), 5060);
            (await h.RegisterAsync("101", "guess", [Contact], 600, from: from)).StatusCode.ShouldBe(403);
        }

        var owner = await h.SendAsync(h.Request("101", [Contact], 600));

        owner.ReasonPhrase.ShouldBe(ExtensionAuthentication.BlockedReason);
        (await h.RegisterAsync("102", "pa55", ["<sip:102@198.51.100.7>"], 600)).StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Register_WithoutContact_200ListsTheCurrentBindingsUnchanged()
    {
        using var h = new RegistrarHarness();
        await h.RegisterAsync("101", "s3cret", [Contact], 600);
        h.Changes.Clear();

        var response = await h.RegisterAsync("101", "s3cret", [], callId: "query");

        response.StatusCode.ShouldBe(200);
        response.Contacts.ShouldHaveSingleItem();
        h.Changes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<sip:101@198.51.100.7>", "soon")]
    [InlineData("<sip:101@198.51.100.7>;expires=later", "600")]
    public async Task Register_ExpiresNotANumber_400(string contact, string expires)
    {
        using var h = new RegistrarHarness();
        var challenge = await h.SendAsync(h.Request("101", [contact]));
        var retry = h.Request("101", [contact], cseq: 2);
        retry.Headers.Add("Expires", expires);
        new FlowBuilder.Telephony.Sip.Auth.DigestClient("101", "s3cret").TryAuthorize(retry, challenge).ShouldBeTrue();

        (await h.SendAsync(retry)).StatusCode.ShouldBe(400);
        h.Registrar.Contacts("101").ShouldBeEmpty();
    }

    [Fact]
    public async Task Register_NoUserInTo_404WithoutAChallenge()
    {
        using var h = new RegistrarHarness();
        var request = h.Request("101", [Contact], 600);
        request.Headers.Set("To", "<sip:flowbuilder>");

        (await h.SendAsync(request)).StatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task Register_CredentialsForAnotherRealm_ChallengedAgainNotCounted()
    {
        using var h = new RegistrarHarness(o => o.Registrar.MaxFailedAttempts = 1);
        var request = h.Request("101", [Contact], 600);
        request.Headers.Add("Authorization", "Digest username=\"101\", realm=\"elsewhere\", nonce=\"abc\", uri=\"sip:flowbuilder\", response=\"00\"");

        (await h.SendAsync(request)).StatusCode.ShouldBe(401);
        (await h.RegisterAsync("101", "s3cret", [Contact], 600, cseq: 5)).StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Register_ForgedNonce_ChallengedAgainNotCounted()
    {
        using var h = new RegistrarHarness(o => o.Registrar.MaxFailedAttempts = 1);
        var request = h.Request("101", [Contact], 600);
        request.Headers.Add("Authorization", "Digest username=\"101\", realm=\"flowbuilder\", nonce=\"Zm9yZ2Vk\", uri=\"sip:flowbuilder\", response=\"00\", qop=auth, nc=00000001, cnonce=\"c\"");

        (await h.SendAsync(request)).StatusCode.ShouldBe(401);
        (await h.RegisterAsync("101", "s3cret", [Contact], 600, cseq: 5)).StatusCode.ShouldBe(200);
    }
}
