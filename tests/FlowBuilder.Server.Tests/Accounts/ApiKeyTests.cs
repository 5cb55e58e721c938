using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class ApiKeyTests
{
    [Fact]
    public async Task Key_CreatedUsedRevoked_RevokedKeyIsRefusedWithItsId()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var admin = acme.Client("admin");
        var created = await (await admin.PostAsJsonAsync("/api/api-keys", new { name = "CRM", role = "manager" })).Content.ReadFromJsonAsync<JsonObject>();
        var key = created!["key"]!.GetValue<string>();
        var id = created["id"]!.GetValue<string>();
        key.ShouldStartWith($"fbk_{id}_");

        using var crm = AccountsApiFactory.WithKey(factory.CreateClient(), key);
        (await crm.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/api-keys");
        listed!.Single(k => k!["id"]!.GetValue<string>() == id)!["lastUsedAt"].ShouldNotBeNull();

        (await admin.DeleteAsync($"/api/api-keys/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var refused = await crm.GetAsync("/api/flows");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldBe($"The API key fbk_{id}… is revoked: create a new one at /settings/api-keys.");
        var me = await crm.GetAsync("/api/me");
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await me.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldBe($"The API key fbk_{id}… is revoked: create a new one at /settings/api-keys.");
    }

    [Fact]
    public async Task Key_PastItsExpiry_IsRefused()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var admin = acme.Client("admin");
        var expires = factory.Clock.GetUtcNow().AddHours(1);
        var created = await (await admin.PostAsJsonAsync("/api/api-keys", new { name = "Temp", role = "viewer", expiresAt = expires })).Content.ReadFromJsonAsync<JsonObject>();
        using var temp = AccountsApiFactory.WithKey(factory.CreateClient(), created!["key"]!.GetValue<string>());
        (await temp.GetAsync("/api/flows")).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Clock.Advance(TimeSpan.FromHours(1));

        var refused = await temp.GetAsync("/api/flows");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().ShouldContain("is expired");
    }

    [Fact]
    public async Task ViewerKey_ReadsButCannotWrite_403NamesPermissionAndRole()
    {
        await using var factory = new AccountsApiFactory();
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");
        using var viewer = acme.Client("viewer");

        (await viewer.GetAsync("/api/campaigns")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var write = await viewer.PostAsJsonAsync("/api/flows", new { id = "f1", name = "F1", nodes = Array.Empty<object>() });

        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await write.Content.ReadFromJsonAsync<JsonObject>();
        problem!["title"]!.GetValue<string>().ShouldBe("Not allowed");
        problem["permission"]!.GetValue<string>().ShouldBe("flows.write");
        problem["detail"]!.GetValue<string>().ShouldBe("Your role Viewer cannot do this: it needs flows.write. Ask an Admin of your company.");
        (await acme.Client("operator").GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NoCredentials_401WithHowToSignIn()
    {
        await using var factory = new AccountsApiFactory();
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/api/flows");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["title"]!.GetValue<string>().ShouldBe("Sign in required");
        problem["detail"]!.GetValue<string>().ShouldBe("Sign in at /sign-in, or send an API key as 'Authorization: Bearer fbk_…'.");
        (await anonymous.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
