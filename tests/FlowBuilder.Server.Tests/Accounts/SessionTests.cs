using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class SessionTests
{
    [Fact]
    public async Task SignIn_WithPassword_CookieCarriesTheSessionUntilSignOut()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var browser = factory.Browser();

        var signIn = await browser.PostAsJsonAsync("/api/session", new { email = acme.Emails["manager"], password = AccountsFixture.Password });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIn.Headers.GetValues("Set-Cookie").Single().ShouldStartWith("fb_session=");
        var me = await browser.GetFromJsonAsync<JsonObject>("/api/me");
        me!["user"]!["email"]!.GetValue<string>().ShouldBe(acme.Emails["manager"]);
        me["company"]!["id"]!.GetValue<string>().ShouldBe("acme");
        me["authenticatedBy"]!.GetValue<string>().ShouldBe("session");
        me["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldContain("flows.write");
        (await browser.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.DeleteAsync("/api/session")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownEmail_SameAnswer()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var browser = factory.Browser();

        var wrong = await browser.PostAsJsonAsync("/api/session", new { email = acme.Emails["viewer"], password = "not the password" });
        var unknown = await browser.PostAsJsonAsync("/api/session", new { email = "nobody@acme.example", password = "not the password" });

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldBe("E-mail or password is wrong.");
        (await unknown.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldBe("E-mail or password is wrong.");
    }

    [Fact]
    public async Task SignIn_FiveFailures_RefusedWith429UntilFifteenMinutesPass()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var browser = factory.Browser();
        for (var i = 0; i < 5; i++)
            (await browser.PostAsJsonAsync("/api/session", new { email = acme.Emails["viewer"], password = "wrong password" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var limited = await browser.PostAsJsonAsync("/api/session", new { email = acme.Emails["viewer"], password = AccountsFixture.Password });
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(15 * 60);

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        (await browser.PostAsJsonAsync("/api/session", new { email = acme.Emails["viewer"], password = AccountsFixture.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenSession()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var viewer = await acme.SignInAsync("viewer");
        (await viewer.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = acme.Client("admin");
        (await admin.PutAsJsonAsync($"/api/users/{acme.UserIds["viewer"]}", new { disabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await viewer.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await factory.Browser().PostAsJsonAsync("/api/session", new { email = acme.Emails["viewer"], password = AccountsFixture.Password });
        again.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ChangingThePassword_EndsOtherSessionsButKeepsThisOne()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var laptop = await acme.SignInAsync("manager");
        using var phone = await acme.SignInAsync("manager");

        var change = await laptop.PostAsJsonAsync("/api/me/password", new { currentPassword = AccountsFixture.Password, newPassword = "a brand new passphrase" });
        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await laptop.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await phone.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrongCurrent = await laptop.PostAsJsonAsync("/api/me/password", new { currentPassword = "guess guess guess", newPassword = "another passphrase" });
        wrongCurrent.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await wrongCurrent.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["currentPassword"].ShouldNotBeNull();
    }
}
