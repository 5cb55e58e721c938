using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Accounts.Setup;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class SetupTests
{
    private static object Body(string? token = null) =>
        new { companyName = "Acme", name = "Ana", email = "ana@acme.example", password = AccountsFixture.Password, token };

    [Fact]
    public async Task SetUp_FromLoopback_CreatesTheSystemAdministratorOnce()
    {
        await using var factory = new AccountsApiFactory();
        using var browser = factory.Browser();
        (await browser.GetFromJsonAsync<JsonObject>("/api/setup"))!["needed"]!.GetValue<bool>().ShouldBeTrue();

        var setUp = await browser.PostAsJsonAsync("/api/setup", Body());

        setUp.StatusCode.ShouldBe(HttpStatusCode.Created);
        var me = await browser.GetFromJsonAsync<JsonObject>("/api/me");
        me!["user"]!["isSystemAdministrator"]!.GetValue<bool>().ShouldBeTrue();
        me["company"]!["name"]!.GetValue<string>().ShouldBe("Acme");
        (await browser.GetFromJsonAsync<JsonObject>("/api/setup"))!["needed"]!.GetValue<bool>().ShouldBeFalse();
        var again = await factory.Browser().PostAsJsonAsync("/api/setup", Body());
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldBe("Set-up is done: sign in at /sign-in.");
    }

    [Fact]
    public async Task SetUp_FromAnotherMachine_NeedsTheLoggedToken()
    {
        await using var factory = new AccountsApiFactory();
        using var remote = factory.Browser();
        remote.DefaultRequestHeaders.Add(AccountsApiFactory.RemoteAddressHeader, "203.0.113.9");
        (await remote.GetFromJsonAsync<JsonObject>("/api/setup"))!["tokenRequired"]!.GetValue<bool>().ShouldBeTrue();

        (await remote.PostAsJsonAsync("/api/setup", Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await remote.PostAsJsonAsync("/api/setup", Body("not-the-token"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = factory.Services.GetRequiredService<SetupToken>().Value;
        (await remote.PostAsJsonAsync("/api/setup", Body(token))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
