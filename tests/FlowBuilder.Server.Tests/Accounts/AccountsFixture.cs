using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace FlowBuilder.Server.Tests.Accounts;

/// <summary>
/// Creates a company through the system API with a user and an API key of each role, for role and cross-company tests:
/// <c>var acme = await AccountsFixture.CreateCompanyAsync(factory, "acme");</c> then <c>acme.Client("viewer")</c>.
/// Works on any test server (its clients' own credentials are replaced by the role's key or session).
/// </summary>
public sealed class AccountsFixture
{
    public const string Password = "correct horse battery";
    public static readonly string[] Roles = ["viewer", "operator", "manager", "admin"];

    private AccountsFixture(FlowBuilderApiFactory factory, string companyId)
    {
        Factory = factory;
        CompanyId = companyId;
    }

    public FlowBuilderApiFactory Factory { get; }
    public string CompanyId { get; }

    /// <summary>Role name → the user's e-mail (the company's first Admin is <c>admin@…</c>).</summary>
    public Dictionary<string, string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>Role name → the user's id.</summary>
    public Dictionary<string, string> UserIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Role name → a full API key of that role.</summary>
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>A client sending the key of <paramref name="role"/>.</summary>
    public HttpClient Client(string role) => AccountsApiFactory.WithKey(Factory.CreateClient(), Keys[role]);

    /// <summary>A browser signed in as the user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignInAsync(string role)
    {
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        (await browser.PostAsJsonAsync("/api/session", new { email = Emails[role], password = Password })).EnsureSuccessStatusCode();
        return browser;
    }

    public static async Task<AccountsFixture> CreateCompanyAsync(FlowBuilderApiFactory factory, string companyId)
    {
        var fixture = new AccountsFixture(factory, companyId);
        using var system = TestApiKeys.Authorize(factory.CreateClient());
        var created = await system.PostAsJsonAsync("/api/system/companies", new
        {
            id = companyId,
            name = companyId.ToUpperInvariant(),
            admin = new { email = $"admin@{companyId}.example", name = "Admin", password = Password },
        });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        system.DefaultRequestHeaders.Add("X-FlowBuilder-Company", companyId);
        var users = await system.GetFromJsonAsync<JsonArray>("/api/users");
        fixture.Emails["admin"] = $"admin@{companyId}.example";
        fixture.UserIds["admin"] = users!.Single()!["id"]!.GetValue<string>();
        foreach (var role in Roles)
        {
            if (role != "admin")
            {
                var email = $"{role}@{companyId}.example";
                var user = await system.PostAsJsonAsync("/api/users", new { email, name = role, role, password = Password });
                user.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await user.Content.ReadAsStringAsync());
                fixture.Emails[role] = email;
                fixture.UserIds[role] = (await user.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            }

            var key = await system.PostAsJsonAsync("/api/api-keys", new { name = $"{role} key", role });
            key.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await key.Content.ReadAsStringAsync());
            fixture.Keys[role] = (await key.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
        }

        return fixture;
    }
}
