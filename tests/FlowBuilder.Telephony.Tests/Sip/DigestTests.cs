using System.Security.Cryptography;
using System.Text;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class DigestTests
{
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Answer_Rfc2617Example_GivesThePublishedResponse()
    {
        var challenge = new DigestChallenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093")
        {
            QopOptions = ["auth", "auth-int"],
            Opaque = "5ccc069c403ebaf9f0171e9517f40e41",
        };

        var credentials = DigestClient.Answer(challenge, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", "0a4f113b", 1);

        credentials.Response.ShouldBe("6629fae49393a05397450978507c4ef1");
        credentials.Qop.ShouldBe("auth");
        credentials.NonceCountText.ShouldBe("00000001");
        credentials.Opaque.ShouldBe("5ccc069c403ebaf9f0171e9517f40e41");
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void Answer_Rfc7616Examples_GiveThePublishedResponses(DigestAlgorithm algorithm, string expected)
    {
        var challenge = new DigestChallenge("http-auth@example.org", "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v")
        {
            Algorithm = algorithm,
            QopOptions = ["auth", "auth-int"],
        };

        var credentials = DigestClient.Answer(challenge, "GET", "/dir/index.html", "Mufasa", "Circle of Life", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", 1);

        credentials.Response.ShouldBe(expected);
    }

    [Fact]
    public void Answer_Sha256SessWithAuth_MatchesAnIndependentComputation()
    {
        var challenge = new DigestChallenge("sip.example.com", "n0nce") { Algorithm = DigestAlgorithm.Sha256Sess, QopOptions = ["auth"] };

        var credentials = DigestClient.Answer(challenge, "REGISTER", "sip:sip.example.com", "1001", "s3cret", "c1", 7);

        var ha1 = Sha256($"{Sha256("1001:sip.example.com:s3cret")}:n0nce:c1");
        var ha2 = Sha256("REGISTER:sip:sip.example.com");
        credentials.Response.ShouldBe(Sha256($"{ha1}:n0nce:00000007:c1:auth:{ha2}"));
    }

    [Fact]
    public void Answer_Md5SessWithAuthInt_HashesTheBody()
    {
        var challenge = new DigestChallenge("r", "n") { Algorithm = DigestAlgorithm.Md5Sess, QopOptions = ["auth-int"] };
        var body = "v=0\r\n"u8.ToArray();

        var credentials = DigestClient.Answer(challenge, "INVITE", "sip:b@r", "u", "p", "cn", 2, body);

        var ha1 = Md5($"{Md5("u:r:p")}:n:cn");
        var ha2 = Md5($"INVITE:sip:b@r:{Md5("v=0\r\n")}");
        credentials.Qop.ShouldBe("auth-int");
        credentials.Response.ShouldBe(Md5($"{ha1}:n:00000002:cn:auth-int:{ha2}"));
    }

    [Fact]
    public void Answer_ChallengeWithoutQop_UsesTheRfc2069Form()
    {
        var challenge = new DigestChallenge("biloxi.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093");

        var credentials = DigestClient.Answer(challenge, "INVITE", "sip:bob@biloxi.com", "bob", "zanzibar", "unused", 1);

        credentials.Qop.ShouldBeNull();
        credentials.Cnonce.ShouldBeNull();
        credentials.NonceCount.ShouldBeNull();
        credentials.Response.ShouldBe(Md5($"{Md5("bob:biloxi.com:zanzibar")}:dcd98b7102dd2f0e8b11d0f600bfb0c093:{Md5("INVITE:sip:bob@biloxi.com")}"));
        credentials.ToString().ShouldNotContain("qop");
    }

    [Fact]
    public void Challenge_ParseAndWrite_RoundTrips()
    {
        SipAuthHeader.TryParse("Digest realm=\"atlanta.com\", domain=\"sip:ss1.carrier.com\", qop=\"auth\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE, algorithm=MD5", out var header).ShouldBeTrue();

        DigestChallenge.TryParse(header, out var challenge).ShouldBeTrue();

        challenge.Realm.ShouldBe("atlanta.com");
        challenge.Domain.ShouldBe("sip:ss1.carrier.com");
        challenge.QopOptions.ShouldBe(["auth"]);
        challenge.Opaque.ShouldBe("");
        challenge.Stale.ShouldBeFalse();
        DigestChallenge.TryParse(challenge.ToHeader(), out var again).ShouldBeTrue();
        again.ShouldBeEquivalentTo(challenge);
    }

    [Theory]
    [InlineData("Basic realm=\"x\"")]
    [InlineData("Digest nonce=\"n\"")]
    [InlineData("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256")]
    public void Challenge_NotUsable_IsRejected(string text)
    {
        SipAuthHeader.TryParse(text, out var header).ShouldBeTrue();
        DigestChallenge.TryParse(header, out _).ShouldBeFalse();
    }

    [Fact]
    public void Credentials_ParseAndWrite_RoundTrips()
    {
        var credentials = new DigestCredentials("bob", "biloxi.com", "n", "sip:bob@biloxi.com", "abc")
        {
            Algorithm = DigestAlgorithm.Sha256, Qop = "auth", Cnonce = "c", NonceCount = 255, Opaque = "o",
        };

        var text = credentials.ToString();
        SipAuthHeader.TryParse(text, out var header).ShouldBeTrue();
        DigestCredentials.TryParse(header, out var parsed).ShouldBeTrue();

        text.ShouldContain("nc=000000ff");
        text.ShouldContain("algorithm=SHA-256");
        parsed.ShouldBe(credentials);
    }

    [Fact]
    public void TryAuthorize_401_AddsAuthorizationTheVerifierAccepts()
    {
        var verifier = new DigestVerifier("example.com", timeProvider: new FakeTimeProvider());
        var register = TestMessages.Request("REGISTER", "z9hG4bK1");
        var unauthorized = TestMessages.ResponseTo(register, 401);
        unauthorized.Headers.Add("WWW-Authenticate", verifier.CreateChallenge().ToString());
        var client = new DigestClient("alice", "wonderland");

        client.TryAuthorize(register, unauthorized).ShouldBeTrue();

        DigestCredentials.TryParse(register.Authorization.Single(), out var credentials).ShouldBeTrue();
        credentials.Uri.ShouldBe("sip:bob@198.51.100.7");
        verifier.Verify(credentials, "REGISTER", "wonderland").ShouldBe(DigestVerification.Valid);
    }

    [Fact]
    public void TryAuthorize_407_AddsProxyAuthorizationAndReplacesOldCredentialsForTheRealm()
    {
        var invite = TestMessages.Request("INVITE", "z9hG4bK1");
        invite.Headers.Add("Proxy-Authorization", "Digest username=\"alice\", realm=\"proxy.example.com\", nonce=\"old\", uri=\"sip:x\", response=\"0\"");
        invite.Headers.Add("Proxy-Authorization", "Digest username=\"alice\", realm=\"other\", nonce=\"keep\", uri=\"sip:x\", response=\"0\"");
        var challenge = TestMessages.ResponseTo(invite, 407);
        challenge.Headers.Add("Proxy-Authenticate", "Digest realm=\"proxy.example.com\", nonce=\"new\", qop=\"auth\"");

        new DigestClient("alice", "pw", () => "cn").TryAuthorize(invite, challenge).ShouldBeTrue();

        var nonces = invite.ProxyAuthorization.Select(h => h.Get("nonce")).ToList();
        nonces.ShouldBe(["keep", "new"]);
        invite.Authorization.ShouldBeEmpty();
    }

    [Fact]
    public void TryAuthorize_BothAlgorithmsOffered_PrefersSha256()
    {
        var request = TestMessages.Request("REGISTER", "z9hG4bK1");
        var challenge = TestMessages.ResponseTo(request, 401);
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", algorithm=MD5, qop=\"auth\"");
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, qop=\"auth\"");

        new DigestClient("u", "p").TryAuthorize(request, challenge).ShouldBeTrue();

        request.Authorization.Single().Get("algorithm").ShouldBe("SHA-256");
    }

    [Fact]
    public void TryAuthorize_SameNonceAgain_CountsNonceUses()
    {
        var client = new DigestClient("u", "p");
        var challenge = TestMessages.ResponseTo(TestMessages.Request("REGISTER", "z9hG4bK0"), 401);
        challenge.Headers.Add("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", qop=\"auth\"");
        var first = TestMessages.Request("REGISTER", "z9hG4bK1");
        var second = TestMessages.Request("REGISTER", "z9hG4bK2", cseq: 2);

        client.TryAuthorize(first, challenge);
        client.TryAuthorize(second, challenge);

        first.Authorization.Single().Get("nc").ShouldBe("00000001");
        second.Authorization.Single().Get("nc").ShouldBe("00000002");
    }

    [Fact]
    public void TryAuthorize_ResponseWithoutDigestChallenge_ReturnsFalse()
    {
        var request = TestMessages.Request("REGISTER", "z9hG4bK1");
        var challenge = TestMessages.ResponseTo(request, 401);
        challenge.Headers.Add("WWW-Authenticate", "Basic realm=\"r\"");

        new DigestClient("u", "p").TryAuthorize(request, challenge).ShouldBeFalse();
        new DigestClient("u", "p").TryAuthorize(request, TestMessages.ResponseTo(request, 403)).ShouldBeFalse();
    }

    [Fact]
    public void Verify_WrongPasswordOrMethod_IsWrongResponse()
    {
        var verifier = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var credentials = DigestClient.Answer(verifier.CreateChallenge(), "REGISTER", "sip:r", "u", "right", "c", 1);

        verifier.Verify(credentials, "REGISTER", "wrong").ShouldBe(DigestVerification.WrongResponse);
        verifier.Verify(credentials, "INVITE", "right").ShouldBe(DigestVerification.WrongResponse);
    }

    [Fact]
    public void Verify_NonceNotIssuedHere_IsInvalidNonce()
    {
        var verifier = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var foreign = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var credentials = DigestClient.Answer(foreign.CreateChallenge(), "REGISTER", "sip:r", "u", "p", "c", 1);

        verifier.Verify(credentials, "REGISTER", "p").ShouldBe(DigestVerification.InvalidNonce);
        verifier.Verify(credentials with { Nonce = "garbage" }, "REGISTER", "p").ShouldBe(DigestVerification.InvalidNonce);
    }

    [Fact]
    public void Verify_OtherRealm_IsWrongRealm()
    {
        var verifier = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var credentials = DigestClient.Answer(verifier.CreateChallenge() with { Realm = "elsewhere" }, "REGISTER", "sip:r", "u", "p", "c", 1);

        verifier.Verify(credentials, "REGISTER", "p").ShouldBe(DigestVerification.WrongRealm);
    }

    [Fact]
    public void Verify_NonceOlderThanItsLifetime_IsStaleButOtherwiseRight()
    {
        var time = new FakeTimeProvider();
        var verifier = new DigestVerifier("r", new DigestVerifierOptions { NonceLifetime = TimeSpan.FromMinutes(1) }, time);
        var challenge = verifier.CreateChallenge();
        var credentials = DigestClient.Answer(challenge, "REGISTER", "sip:r", "u", "p", "c", 1);

        time.Advance(TimeSpan.FromSeconds(61));

        verifier.Verify(credentials, "REGISTER", "p").ShouldBe(DigestVerification.StaleNonce);
        verifier.CreateChallenge(stale: true).ToString().ShouldContain("stale=TRUE");
    }

    [Fact]
    public void Verify_ReplayedNonceCount_IsRejected()
    {
        var verifier = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var challenge = verifier.CreateChallenge();
        var first = DigestClient.Answer(challenge, "REGISTER", "sip:r", "u", "p", "c", 1);
        var second = DigestClient.Answer(challenge, "REGISTER", "sip:r", "u", "p", "c", 2);

        verifier.Verify(first, "REGISTER", "p").ShouldBe(DigestVerification.Valid);
        verifier.Verify(first, "REGISTER", "p").ShouldBe(DigestVerification.ReplayedNonceCount);
        verifier.Verify(second, "REGISTER", "p").ShouldBe(DigestVerification.Valid);
    }

    [Fact]
    public void Verify_CredentialsWithoutQop_AreRefusedByDefault()
    {
        var verifier = new DigestVerifier("r", timeProvider: new FakeTimeProvider());
        var credentials = DigestClient.Answer(verifier.CreateChallenge() with { QopOptions = [] }, "REGISTER", "sip:r", "u", "p", null, 0);
        var lenient = new DigestVerifier("r", new DigestVerifierOptions { RequireQop = false, NonceKey = new byte[32] }, new FakeTimeProvider());
        var lenientCredentials = DigestClient.Answer(lenient.CreateChallenge() with { QopOptions = [] }, "REGISTER", "sip:r", "u", "p", null, 0);

        verifier.Verify(credentials, "REGISTER", "p").ShouldBe(DigestVerification.QopMissing);
        lenient.Verify(lenientCredentials, "REGISTER", "p").ShouldBe(DigestVerification.Valid);
    }

    [Fact]
    public void Verify_Sha256Verifier_AcceptsASha256Answer()
    {
        var verifier = new DigestVerifier("r", new DigestVerifierOptions { Algorithm = DigestAlgorithm.Sha256 }, new FakeTimeProvider());
        var challenge = verifier.CreateChallenge();

        var credentials = DigestClient.Answer(challenge, "REGISTER", "sip:r", "u", "p", "c", 1);

        challenge.ToString().ShouldContain("algorithm=SHA-256");
        credentials.Response.Length.ShouldBe(64);
        verifier.Verify(credentials, "REGISTER", "p").ShouldBe(DigestVerification.Valid);
    }
}
