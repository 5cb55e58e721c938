using static FlowBuilder.Testing.Campaigns.CampaignJson;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FlowBuilder.Durability.Tests.Campaigns;

/// <summary>
/// Kills the real server (SIGKILL) in the middle of a campaign dialling SIPp callees, with some attempts finished and some in
/// flight, starts it again on the same SQLite file and lets the campaign complete. Every contact must end finished with exactly
/// the attempts its policy allows given which of them were interrupted: none lost, none duplicated, none overlapping, and
/// never more calls at once than the campaign's limit.
/// </summary>
public sealed class CampaignKillRestartTests : IDisposable
{
    private const int Contacts = 60;
    private const int MaxCalls = 5;
    private const int MaxAttempts = 2;
    private readonly ServerDataFolder _data = new("fb-campaign-kill");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task KillDashNineMidCampaign_AfterRestartEveryContactHasExactlyThePolicysAttempts_NoneLostOrDuplicated_LimitHeld()
    {
        await using var sipp = SippCallee.Start();
        var port = ServerProcess.FreePort();
        var environment = Settings(sipp.Port, SippCallee.FreeUdpPort());
        string campaignId;
        await using (var first = await ServerProcess.StartAsync(_data.Path, port, environment))
        {
            campaignId = await StartCampaignAsync(first.Client);
            await first.PollAsync($"api/campaigns/{campaignId}/statistics",
                s => s["counts"]!["done"]!.GetValue<long>() >= Contacts * 3 / 10 && s["counts"]!["inProgress"]!.GetValue<long>() > 0,
                TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(20));
            await first.KillAsync();
        }

        await using var second = await ServerProcess.StartAsync(_data.Path, port, environment);
        await second.PollAsync($"api/campaigns/{campaignId}", c => c["status"]!.GetValue<string>() == "completed",
            TimeSpan.FromSeconds(180), TimeSpan.FromMilliseconds(200));

        var contacts = await PagesAsync(second.Client, $"api/campaigns/{campaignId}/contacts");
        var attempts = await PagesAsync(second.Client, $"api/campaigns/{campaignId}/attempts");
        contacts.Count.ShouldBe(Contacts);
        foreach (var contact in contacts) CheckContact(contact, attempts.Where(a => Text(a, "contactId") == Text(contact, "contactId")).ToList());
        var interrupted = attempts.Count(a => Text(a, "disposition") == "interrupted");
        interrupted.ShouldBeInRange(1, MaxCalls, "the calls in flight at the kill, and only those, are interrupted");
        attempts.Select(a => Text(a, "id")).Distinct().Count().ShouldBe(attempts.Count);
        MaxOverlap(attempts).ShouldBeLessThanOrEqualTo(MaxCalls, "the campaign's limit of calls in progress, across the restart");
        var counts = (await second.Client.GetFromJsonAsync<JsonObject>($"api/campaigns/{campaignId}/statistics"))!["counts"]!;
        (counts["done"]!.GetValue<long>(), counts["attempts"]!.GetValue<long>(), counts["interrupted"]!.GetValue<long>(), counts["inProgress"]!.GetValue<long>())
            .ShouldBe((Contacts, attempts.Count, interrupted, 0));
    }

    /// <summary>The exact expectation for one contact, derived from its own attempt rows and the policy: numbers 1..n, each
    /// attempt either the outcome the callee's digit gives or interrupted, a further attempt exactly when the policy allows one,
    /// and no two attempts overlapping.</summary>
    private static void CheckContact(JsonNode contact, List<JsonNode> attempts)
    {
        var phone = Text(contact, "phone");
        var own = attempts.OrderBy(a => a["number"]!.GetValue<int>()).ToList();
        var why = $"{phone}: {contact.ToJsonString()} {string.Join(", ", own.Select(a => a.ToJsonString()))}";
        var natural = (phone[^1] - '0') switch { <= 5 => "answered", <= 7 => "busy", _ => "noAnswer" };
        (Text(contact, "state"), contact["attempts"]!.GetValue<int>()).ShouldBe(("done", own.Count), why);
        own.Select(a => a["number"]!.GetValue<int>()).ShouldBe(Enumerable.Range(1, own.Count), why);
        own.Count.ShouldBeInRange(1, MaxAttempts, why);
        for (var k = 0; k < own.Count; k++)
        {
            var disposition = Text(own[k], "disposition");
            disposition.ShouldBeOneOf([natural, "interrupted"], why);
            own[k]["endedAt"].ShouldNotBeNull(why);
            var retryDue = disposition != "answered" && k + 1 < MaxAttempts;
            (k + 1 < own.Count).ShouldBe(retryDue, $"attempt {k + 1} ({disposition}) {(retryDue ? "must" : "must not")} be followed by another. {why}");
            if (k > 0) Time(own[k - 1], "endedAt").ShouldBeLessThanOrEqualTo(Time(own[k], "startedAt"), why);
        }
        Text(contact, "lastDisposition").ShouldBe(Text(own[^1], "disposition"), why);
    }

    private static async Task<string> StartCampaignAsync(HttpClient client)
    {
        (await client.PostAsJsonAsync("api/flows", new
        {
            id = "campaign-hello",
            name = "Campaign: hello",
            nodes = new object[]
            {
                new { id = "say", type = "telephony.say", inputs = new { text = "Hello." } },
                new { id = "end", type = "control.end", inputs = new { result = "heard" } },
            },
            edges = new object[] { new { from = "say", outcome = "done", to = "end" } },
        })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("api/flows/campaign-hello/publish", new { note = "durability" })).EnsureSuccessStatusCode();
        var group = await ReadAsync(await client.PostAsJsonAsync("api/groups", new { name = "Kill test callees" }), 201);
        var groupId = Text(group, "id");
        var csv = new StringBuilder("phone\n");
        for (var i = 0; i < Contacts; i++) csv.Append(CultureInfo.InvariantCulture, $"+1202555{1000 + i}\n");
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "contacts.csv" },
            { new StringContent("allOrNothing"), "mode" },
        };
        var import = await ReadAsync(await client.PostAsync($"api/groups/{groupId}/imports", upload), 202);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (Text(import, "status") == "running" && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
            import = (await client.GetFromJsonAsync<JsonObject>($"api/imports/{Text(import, "id")}"))!;
        }
        (Text(import, "status"), import["imported"]!.GetValue<int>()).ShouldBe(("completed", Contacts), import.ToJsonString());
        var rule = new { maxAttempts = MaxAttempts, pauseSeconds = 0.5 };
        var campaign = await ReadAsync(await client.PostAsJsonAsync("api/campaigns", new
        {
            name = "Kill test",
            flowId = "campaign-hello",
            groupIds = new[] { groupId },
            mode = "autoInformer",
            maxConcurrentCalls = MaxCalls,
            ringSeconds = 5,
            schedule = new { from = "00:00", to = "23:59", timeZone = "UTC" },
            retry = new { busy = rule, noAnswer = rule, failed = rule, abandoned = rule },
        }), 201);
        var id = Text(campaign, "id");
        await ReadAsync(await client.PostAsync($"api/campaigns/{id}/start", null), 200);
        return id;
    }

    private static Dictionary<string, string> Settings(int sippPort, int sipPort) => new()
    {
        ["FlowBuilder__Sip__Enabled"] = "true",
        ["FlowBuilder__Sip__Listen__0"] = $"udp:127.0.0.1:{sipPort.ToString(CultureInfo.InvariantCulture)}",
        ["FlowBuilder__Sip__MediaAddress"] = "127.0.0.1",
        ["FlowBuilder__Sip__RtpPortRange__First"] = "36200",
        ["FlowBuilder__Sip__RtpPortRange__Last"] = "36399",
        ["FlowBuilder__Sip__MaxCalls"] = "50",
        ["FlowBuilder__Sip__Trunks__0__Name"] = "sipp",
        ["FlowBuilder__Sip__Trunks__0__Host"] = "127.0.0.1",
        ["FlowBuilder__Sip__Trunks__0__Port"] = sippPort.ToString(CultureInfo.InvariantCulture),
        ["FlowBuilder__Sip__Trunks__0__CallerId"] = "+18005550199",
        ["FlowBuilder__Logging__MinimumLevel__Default"] = "Warning",
    };

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, int status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBe(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
            return string.IsNullOrEmpty(text) ? [] : JsonNode.Parse(text)!.AsObject();
        }
    }

    private static async Task<List<JsonNode>> PagesAsync(HttpClient client, string path)
    {
        var all = new List<JsonNode>();
        for (var offset = 0; ; offset += 500)
        {
            var page = (await client.GetFromJsonAsync<JsonArray>($"{path}?offset={offset}&limit=500"))!;
            all.AddRange(page.Select(a => a!));
            if (page.Count < 500) return all;
        }
    }
}
