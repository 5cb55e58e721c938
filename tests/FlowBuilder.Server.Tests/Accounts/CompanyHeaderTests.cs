using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class CompanyHeaderTests
{
    [Fact]
    public async Task SystemAdministrator_ActsInTheCompanyOfTheHeader_OthersGet403_UnknownGets404()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        await AccountsFixture.CreateCompanyAsync(factory, "globex");
        using var system = factory.SystemAdministrator();

        var inAcme = new HttpRequestMessage(HttpMethod.Get, "/api/users") { Headers = { { "X-FlowBuilder-Company", "acme" } } };
        var users = await (await system.SendAsync(inAcme)).Content.ReadFromJsonAsync<JsonArray>();
        users!.Select(u => u!["email"]!.GetValue<string>()).ShouldAllBe(e => e.EndsWith("@acme.example", StringComparison.Ordinal));

        var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/users") { Headers = { { "X-FlowBuilder-Company", "nowhere" } } };
        (await system.SendAsync(unknown)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var admin = acme.Client("admin");
        var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/users") { Headers = { { "X-FlowBuilder-Company", "globex" } } };
        (await admin.SendAsync(foreign)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CompanyAdmin_SeesOnlyTheirCompany_AndCannotReachSystemEndpoints()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        var globex = await AccountsFixture.CreateCompanyAsync(factory, "globex");
        using var acmeAdmin = acme.Client("admin");

        (await acmeAdmin.GetAsync($"/api/users/{globex.UserIds["viewer"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var system = await acmeAdmin.GetAsync("/api/system/companies");
        system.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await system.Content.ReadFromJsonAsync<JsonObject>())!["permission"]!.GetValue<string>().ShouldBe("system");
    }

    [Fact]
    public async Task SystemSession_PicksACompany_MeShowsIt()
    {
        await using var factory = new AccountsApiFactory(bootstrapAdministrator: true);
        await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var browser = factory.Browser();
        (await browser.PostAsJsonAsync("/api/session", new { email = AccountsApiFactory.AdministratorEmail, password = AccountsFixture.Password })).EnsureSuccessStatusCode();

        var picked = await browser.PostAsJsonAsync("/api/session/company", new { companyId = "acme" });

        picked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await browser.GetFromJsonAsync<JsonObject>("/api/me");
        me!["company"]!["id"]!.GetValue<string>().ShouldBe("acme");
        me["homeCompanyId"]!.GetValue<string>().ShouldBe("default");
        (await browser.PostAsJsonAsync("/api/session/company", new { companyId = "nowhere" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
