using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class UserRulesTests
{
    [Fact]
    public async Task LastAdmin_CannotBeDemotedOrDisabled_UntilAnotherAdminExists()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var admin = acme.Client("admin");
        var adminId = acme.UserIds["admin"];

        var demote = await admin.PutAsJsonAsync($"/api/users/{adminId}", new { role = "manager" });
        demote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await demote.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldContain("is the company's last Admin: make another user Admin first.");
        (await admin.PutAsJsonAsync($"/api/users/{adminId}", new { disabled = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/users/{adminId}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await admin.PutAsJsonAsync($"/api/users/{acme.UserIds["manager"]}", new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/users/{adminId}", new { role = "manager" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnAdmin_CannotDisableOrDeleteThemselves()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var admin = acme.Client("admin");
        (await admin.PutAsJsonAsync($"/api/users/{acme.UserIds["manager"]}", new { role = "admin" })).EnsureSuccessStatusCode();
        using var session = await acme.SignInAsync("admin");

        (await session.PutAsJsonAsync($"/api/users/{acme.UserIds["admin"]}", new { disabled = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await session.DeleteAsync($"/api/users/{acme.UserIds["admin"]}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await session.DeleteAsync($"/api/users/{acme.UserIds["viewer"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task CreatingAUser_WithATakenEmailOrUnknownRole_422NamesTheField()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var admin = acme.Client("admin");

        var duplicate = await admin.PostAsJsonAsync("/api/users", new { email = acme.Emails["viewer"], name = "Twin", role = "viewer", password = AccountsFixture.Password });
        var badRole = await admin.PostAsJsonAsync("/api/users", new { email = "new@acme.example", name = "New", role = "owner", password = AccountsFixture.Password });

        duplicate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await duplicate.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["email"]![0]!.GetValue<string>().ShouldContain("already exists");
        badRole.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await badRole.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["role"].ShouldNotBeNull();
    }
}
