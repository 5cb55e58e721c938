using static FlowBuilder.Testing.Campaigns.CampaignJson;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Durability.Tests.Campaigns;

namespace FlowBuilder.Durability.Tests.ClickToCall;

/// <summary>
/// Kills the real server (SIGKILL) while a click-to-call request is mid-call (the SIPp client answered, the SIPp operator
/// rings), starts it again with the same node name on the same SQLite file, and checks the request: its interrupted attempt
/// recorded and counted once, a second attempt made (client answers, the operator rings out: FAILED CALLING COMPANY), the legs
/// of both attempts present, one per side and attempt, and the status consistent with them.
/// </summary>
public sealed class ClickToCallKillRestartTests : IDisposable
{
    private const string Client = "+12025550101";
    private const string RingingOperator = "+12025550109";
    private readonly ServerDataFolder _data = new("fb-c2c-kill");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task KillDashNineMidCall_AfterRestartTheAttemptIsInterruptedOnce_AndASecondAttemptIsMade_WithTheLegsOfBoth()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var sipp = SippCallee.Start(traceMessages: true);
        var port = ServerProcess.FreePort();
        var environment = Settings(sipp.Port, SippCallee.FreeUdpPort());
        string requestId;
        await using (var first = await ServerProcess.StartAsync(_data.Path, port, environment))
        {
            var key = await CampaignAsync(first.Client);
            requestId = await SubmitAsync(first.Client, key);
            await UntilOperatorRingsAsync(sipp, first, budget.Token);
            var calling = (await first.Client.GetFromJsonAsync<JsonObject>($"api/click-to-call/requests/{requestId}", budget.Token))!;
            (Text(calling, "status"), calling["attempts"]!.GetValue<int>()).ShouldBe(("calling", 1), calling.ToJsonString());
            await first.KillAsync();
        }

        await using var second = await ServerProcess.StartAsync(_data.Path, port, environment);
        var done = await second.PollAsync($"api/click-to-call/requests/{requestId}", r => Text(r, "status") is "failedCallingCompany" or "failedCallingClient" or "completed",
            TimeSpan.FromSeconds(40), TimeSpan.FromMilliseconds(100));

        var why = done.ToJsonString();
        (Text(done, "status"), done["attempts"]!.GetValue<int>(), Text(done, "reason")).ShouldBe(("failedCallingCompany", 2, "no operator answered"), why);
        var legs = done["legs"]!.AsArray().Select(l => l!).ToList();
        legs.Select(l => (l["attempt"]!.GetValue<int>(), Text(l, "side"))).ShouldBe([(1, "client"), (2, "client"), (2, "company")], why);
        var interrupted = legs[0];
        (Text(interrupted, "number"), Text(interrupted, "outcome")).ShouldBe((Client, "interrupted"), why);
        var retried = legs[1];
        (Text(retried, "number"), Text(retried, "outcome")).ShouldBe((Client, "answered"), why);
        retried["callId"].ShouldNotBeNull(why);
        retried["answeredAt"].ShouldNotBeNull(why);
        Time(interrupted, "startedAt").ShouldBeLessThan(Time(retried, "startedAt"), why);
        var company = legs[2];
        (Text(company, "number"), Text(company, "outcome")).ShouldBe((RingingOperator, "no-answer"), why);
        (company["answeredAt"], company["sipStatus"]!.GetValue<int>()).ShouldBe((null, 487), why);

        var instance = (await second.Client.GetFromJsonAsync<JsonObject>($"api/instances/c2c-{requestId}-1"))!;
        Text(instance, "status").ShouldNotBe("running", instance.ToJsonString());
        var page = (await second.Client.GetFromJsonAsync<JsonObject>("api/click-to-call/requests"))!;
        page["total"]!.GetValue<long>().ShouldBe(1, "the restart made no second request");
    }

    private static async Task<string> CampaignAsync(HttpClient client)
    {
        var tariff = await ReadAsync(await client.PostAsJsonAsync("api/tariffs", new
        {
            name = "US",
            currency = "EUR",
            rates = new[] { new { prefix = "1", destination = "United States", pricePerMinute = 0.01m } },
        }), 201);
        await ReadAsync(await client.PutAsJsonAsync("api/company", new { name = "Acme", tariffId = Text(tariff, "id"), email = "office@acme.example" }), 200);
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "flow-templates", "click-to-call.flow.json"))) folder = folder.Parent;
        var template = await File.ReadAllTextAsync(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("flow-templates/ not found above the test's folder."),
            "flow-templates", "click-to-call.flow.json"));
        using (var flow = new StringContent(template, Encoding.UTF8, "application/json"))
            await ReadAsync(await client.PostAsync("api/flows", flow), 201);
        (await client.PostAsJsonAsync("api/flows/click-to-call/publish", new { note = "durability" })).EnsureSuccessStatusCode();
        var campaign = await ReadAsync(await client.PostAsJsonAsync("api/click-to-call/campaigns", new
        {
            name = "Kill test",
            flowId = "click-to-call",
            firstLeg = "client",
            operators = new[] { RingingOperator },
            clientMessage = new { text = "Please hold." },
            companyMessage = new { text = "A visitor asked to be called back." },
            clientRetry = new { maxAttempts = 2, pauseSeconds = 1 },
            hours = new { from = "00:00", to = "23:59", timeZone = "UTC" },
            price = 0.5m,
            currency = "EUR",
            ringSeconds = 5,
            defaultCountry = "US",
        }), 201);
        return Text(campaign, "key");
    }

    private static async Task<string> SubmitAsync(HttpClient client, string key)
    {
        var accepted = await ReadAsync(await client.PostAsJsonAsync($"api/public/click-to-call/{key}/requests", new { phone = Client, consent = true }), 202);
        return Text(accepted, "id");
    }

    private static Dictionary<string, string> Settings(int sippPort, int sipPort) => new()
    {
        ["FlowBuilder__Sip__Enabled"] = "true",
        ["FlowBuilder__Sip__Listen__0"] = $"udp:127.0.0.1:{sipPort.ToString(CultureInfo.InvariantCulture)}",
        ["FlowBuilder__Sip__MediaAddress"] = "127.0.0.1",
        ["FlowBuilder__Sip__RtpPortRange__First"] = "36400",
        ["FlowBuilder__Sip__RtpPortRange__Last"] = "36499",
        ["FlowBuilder__Sip__MaxCalls"] = "20",
        ["FlowBuilder__Sip__Trunks__0__Name"] = "sipp",
        ["FlowBuilder__Sip__Trunks__0__Host"] = "127.0.0.1",
        ["FlowBuilder__Sip__Trunks__0__Port"] = sippPort.ToString(CultureInfo.InvariantCulture),
        ["FlowBuilder__Sip__Trunks__0__CallerId"] = "+18005550199",
        ["FlowBuilder__ClickToCall__NodeName"] = "kill-test-node",
        ["FlowBuilder__ClickToCall__PollSeconds"] = "1",
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

    /// <summary>Waits until SIPp got the INVITE to the operator (the client leg answered and heard the message before it).</summary>
    private static async Task UntilOperatorRingsAsync(SippCallee sipp, ServerProcess server, CancellationToken cancellationToken)
    {
        while (sipp.InvitesTo(RingingOperator) == 0)
        {
            if (cancellationToken.IsCancellationRequested) throw new TimeoutException($"The operator was never rung.\n{server.Output}");
            await Task.Delay(20, CancellationToken.None);
        }
        sipp.InvitesTo(Client).ShouldBe(1);
    }
}
