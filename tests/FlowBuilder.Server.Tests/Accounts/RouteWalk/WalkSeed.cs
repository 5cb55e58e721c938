using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Shouldly;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>
/// Company A ("default", through the bootstrap system key) with one of everything the API manages, a user and an API key of each
/// role, and company B with its Admin's key made in B's own session. <see cref="Ids"/> fills the samples' placeholders;
/// <see cref="Tokens"/> are A's ids and names that must never show in B's answers.
/// </summary>
internal sealed class WalkSeed
{
    public const string CompanyA = "default";
    public const string CompanyB = "walkb";
    private readonly List<string> _skipped = [];

    private WalkSeed(AccountsApiFactory factory) => Factory = factory;

    public AccountsApiFactory Factory { get; }
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal) { ["period"] = "2026-12", ["company"] = CompanyA };
    public HashSet<string> Tokens { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> KeysA { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> EmailsA { get; } = new(StringComparer.Ordinal);
    public string KeyB { get; private set; } = "";

    /// <summary>What could not be seeded (its endpoints are still walked, with an id nobody has).</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    public static async Task<WalkSeed> CreateAsync(AccountsApiFactory factory)
    {
        var seed = new WalkSeed(factory);
        using var system = factory.SystemAdministrator();
        await seed.SeedUsersAsync(system);
        await seed.SeedResourcesAsync(system);
        await seed.SeedCompanyBAsync();
        return seed;
    }

    private async Task SeedUsersAsync(HttpClient system)
    {
        foreach (var role in AccountsFixture.Roles.Append("spare"))
        {
            var email = $"{role}@walka.example";
            var created = await system.PostAsJsonAsync("/api/users", new { email, name = $"Walk Alpha {role}", role = role == "spare" ? "viewer" : role, password = AccountsFixture.Password });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            EmailsA[role] = email;
            Tokens.Add(id);
            Tokens.Add(email);
            if (role == "spare") Ids["spareuser"] = id;
        }

        using var admin = await SignInAsync(EmailsA["admin"]);
        foreach (var role in AccountsFixture.Roles.Append("spare"))
        {
            var key = await admin.PostAsJsonAsync("/api/api-keys", new { name = $"Walk Alpha {role} key", role = role == "spare" ? "viewer" : role });
            key.StatusCode.ShouldBe(HttpStatusCode.Created, await key.Content.ReadAsStringAsync());
            var body = (await key.Content.ReadFromJsonAsync<JsonObject>())!;
            KeysA[role] = body["key"]!.GetValue<string>();
            Tokens.Add(body["id"]!.GetValue<string>());
            if (role == "spare") Ids["sparekey"] = body["id"]!.GetValue<string>();
        }
    }

    private async Task SeedResourcesAsync(HttpClient system)
    {
        const string flow = "walk-flow-a";
        Ids["flow"] = flow;
        Tokens.Add(flow);
        Tokens.Add("Walk Flow Alpha");
        await Required(system.PostAsync("/api/flows", Json($$"""
            {"id":"{{flow}}","name":"Walk Flow Alpha","inputs":[{"name":"name","type":"string"}],
             "nodes":[{"id":"end","type":"control.end"}],"edges":[]}
            """)));
        await Required(system.PostAsync($"/api/flows/{flow}/publish", Json("""{"note":"walk"}""")));
        await Required(system.PostAsync($"/api/flows/{flow}/webhook-secret", Json("{}")));
        await Take("instance", system.PostAsync($"/api/flows/{flow}/run", Json("""{"input":{"name":"walk"}}""")), "id");

        Ids["ext"] = "77017";
        await Optional("extension", system.PutAsync("/api/extensions/77017", Json("""{"displayName":"Walk Ext Alpha","password":"walk-password-1"}""")));
        Ids["extgroup"] = "walk-extgroup-a";
        await Optional("extension group", system.PutAsync("/api/extension-groups/walk-extgroup-a", Json("""{"members":["77017"]}""")));
        Ids["queue"] = "walk-queue-a";
        Ids["agent"] = "walk-agent-a";
        await Optional("queue", system.PutAsync("/api/queues/walk-queue-a", Json("""{"agents":[{"id":"walk-agent-a","target":"77017","name":"Walk Agent Alpha"}]}""")));
        Ids["list"] = "blocked";
        Ids["listnumber"] = "+442079460001";
        await Optional("caller list", system.PutAsync("/api/caller-lists/blocked/%2B442079460001", Json("""{"note":"Walk note Alpha"}""")));
        Ids["dnc"] = "+442079460002";
        await Optional("do-not-call", system.PostAsync("/api/do-not-call", Json("""{"phone":"+442079460002"}""")));
        Ids["optout"] = "+442079460003";
        await Optional("sms opt-out", system.PutAsync("/api/sms/opt-outs/%2B442079460003", Json("{}")));
        Ids["simnumber"] = "+442079460005";

        var group = await Take("group", system.PostAsync("/api/groups", Json("""{"name":"Walk Group Alpha"}""")), "id");
        if (group is not null)
            await Take("contact", system.PostAsync($"/api/groups/{group}/contacts", Json("""{"phone":"+442079460004","name":"Walkcontact Alpha"}""")), "id");
        await Take("campaign", system.PostAsync("/api/campaigns", Json($$"""{"name":"Walk Campaign Alpha","flowId":"{{flow}}","groupIds":["{{group}}"],"mode":"preview","maxConcurrentCalls":1}""")), "id");
        var infodb = await Take("infodb", system.PostAsync("/api/info-databases", Json("""{"name":"walk_info_alpha","keyColumn":"phone"}""")), "id");
        if (infodb is not null)
            await Optional("info record", system.PostAsync($"/api/info-databases/{infodb}/imports", WalkSamples.ByKey["POST /api/info-databases/{id}/imports"].Content(Ids)));
        await Take("subscription", system.PostAsync("/api/subscriptions", Json("""{"url":"http://127.0.0.1:9/walk-alpha","events":["flow.completed"]}""")), "id");
        // Tariffs are the system's, shared by every company: not a token of A.
        var tariff = await Take("tariff", system.PostAsync("/api/tariffs", Json("""
            {"name":"Walk Tariff Alpha","currency":"EUR","rates":[{"prefix":"1","destination":"Walkland","pricePerMinute":0.01},{"prefix":"44","destination":"Walk Kingdom","pricePerMinute":0.02}],
             "metricPrices":[{"metric":"sms.sent","unitPrice":0.05}],"minimumPayment":0}
            """)), "id");
        if (tariff is not null)
        {
            Tokens.Remove(tariff);
            await Optional("tariff of A", system.PutAsync($"/api/system/companies/{CompanyA}/billing", Json($$"""{"tariffId":"{{tariff}}","creditLimit":null}""")));
        }
        var c2c = await Take("c2c", system.PostAsync("/api/click-to-call/campaigns", Json($$"""{"name":"Walk C2C Alpha","flowId":"{{flow}}","operators":["77017"],"price":1,"currency":"EUR"}""")), "id");
        if (c2c is not null)
        {
            var view = await system.GetFromJsonAsync<JsonObject>($"/api/click-to-call/campaigns/{c2c}");
            var key = view?["key"]?.ToString() ?? view?["publicKey"]?.ToString();
            if (key is not null)
            {
                Tokens.Add(key);
                using var anonymous = Factory.CreateClient();
                var request = await Take("c2creq", anonymous.PostAsync($"/api/public/click-to-call/{key}/requests", Json("""{"phone":"+442079460006","consent":true}""")), "id");
                if (request is not null)
                    await Optional("c2c comment", system.PostAsync($"/api/click-to-call/requests/{request}/comments", Json("""{"type":"note","text":"Walk comment Alpha"}""")));
            }
            else _skipped.Add("c2c request: the campaign view has no key");
        }

        var templates = await system.GetFromJsonAsync<JsonArray>("/api/templates");
        if (templates?.FirstOrDefault()?["id"]?.ToString() is { } template) Ids["template"] = template;

        foreach (var token in new[] { "77017", "walk-extgroup-a", "walk-queue-a", "Walk Agent Alpha", "+442079460001", "442079460001", "442079460002", "442079460003", "442079460004", "442079460006", "Walk note Alpha",
                     "+442079460002", "+442079460003", "+442079460004", "Walkcontact Alpha", "Walk Group Alpha", "Walk Campaign Alpha", "walk_info_alpha",
                     "walk-alpha", "Walk C2C Alpha", "+442079460006", "Walk comment Alpha", "Walk Ext Alpha" })
            Tokens.Add(token);
    }

    private async Task SeedCompanyBAsync()
    {
        var b = await AccountsFixture.CreateCompanyAsync(Factory, CompanyB);
        using var session = await b.SignInAsync("admin");
        var key = await session.PostAsJsonAsync("/api/api-keys", new { name = "B admin walk key", role = "admin" });
        key.StatusCode.ShouldBe(HttpStatusCode.Created, await key.Content.ReadAsStringAsync());
        KeyB = (await key.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    public async Task<HttpClient> SignInAsync(string email)
    {
        var browser = Factory.Browser();
        var response = await browser.PostAsJsonAsync("/api/session", new { email, password = AccountsFixture.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return browser;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task Required(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        response.IsSuccessStatusCode.ShouldBeTrue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task Optional(string what, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode) _skipped.Add($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string?> Take(string placeholder, Task<HttpResponseMessage> call, string property)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            _skipped.Add($"{placeholder}: {(int)response.StatusCode} {text}");
            return null;
        }

        var id = JsonNode.Parse(text)?[property]?.ToString();
        if (id is null)
        {
            _skipped.Add($"{placeholder}: no '{property}' in {text}");
            return null;
        }

        Ids[placeholder] = id;
        Tokens.Add(id);
        return id;
    }
}
