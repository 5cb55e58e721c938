using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Server.Tests.Campaigns.CampaignHostSteps;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>Campaigns through the real server's registrations, with no fakes across the seams: the dialer, the operator desk,
/// the API and the stores meet as they do in production.</summary>
public sealed class CampaignHostTests : IAsyncLifetime
{
    private readonly CampaignHostFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // The host starts (a DI circle between the desk and the dialer once deadlocked this) within a bound.
        _client = await Task.Run(_factory.CreateClient).WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public void Host_ResolvesEveryCampaignService_TheStoreIsTheSqlOne()
    {
        var services = _factory.Services;
        var campaigns = typeof(ICampaignControl).Assembly;
        object Resolve(string port) => services.GetRequiredService(campaigns.GetType(port, throwOnError: true)!);

        services.GetRequiredService<ICampaignControl>().GetType().Name.ShouldBe("CampaignControl");
        var desk = services.GetRequiredService<IOperatorDesk>();
        desk.GetType().Name.ShouldBe("OperatorDesk");
        Resolve("FlowBuilder.Campaigns.Operators.IOperatorPool").ShouldBeSameAs(desk);
        services.GetRequiredService<IOperatorConnector>().GetType().Name.ShouldBe("OperatorConnector");
        services.GetRequiredService<ICampaignStore>().GetType().Name.ShouldBe("SqlCampaignStore");
        services.GetRequiredService<IContactStore>().GetType().Namespace!.ShouldStartWith("FlowBuilder.Data");
        services.GetRequiredService<IDoNotCallList>().GetType().Namespace!.ShouldStartWith("FlowBuilder.Data");
        Resolve("FlowBuilder.Campaigns.Dialing.ILiveAttempts").GetType().Name.ShouldBe("LiveAttempts");
        Resolve("FlowBuilder.Campaigns.Dialing.IPreviewDialing").GetType().Name.ShouldBe("CampaignDialer");
    }

    [Fact]
    public async Task AutoInformer_ImportedGroup_PaymentReminder_RunsToCompletion_WithConversionsAndPerContactResults()
    {
        var fields = new JsonArray(
            new JsonObject { ["name"] = "amountDue", ["type"] = "number", ["required"] = true },
            new JsonObject { ["name"] = "dueDate", ["type"] = "date" });
        var group = await GroupAsync(_client, "Debtors", fields);
        var import = await ImportAsync(_factory, _client, group,
            "phone,name,amountDue,dueDate\n(202) 555-0101,Alice,120.50,2026-12-01\n(202) 555-0102,Boris,75,2026-12-02\n12,Nobody,1,2026-12-03\n");
        (import.Text("status"), import.Number("imported"), import.Number("rejectedRows")).ShouldBe(("completed", 2L, 1L));
        import["rejected"]![0]!.Number("line").ShouldBe(4L);
        var flow = await PublishTemplateAsync(_client, "campaign-payment-reminder");
        var campaign = (await (await _client.PostJsonAsync("/api/campaigns", Campaign("Payment reminders", flow, group, "autoInformer")))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).Text("id");

        (await (await _client.PostAsync($"/api/campaigns/{campaign}/start", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status").ShouldBe("active");
        var simulator = _factory.Simulator;
        var alice = await CallToAsync(simulator, "+12025550101");
        var boris = await CallToAsync(simulator, "+12025550102");
        await SaidAsync(simulator, alice, "120.50 dollars is due on 2026-12-01");
        await PressAsync(simulator, _client, alice, "1");
        for (var heard = 1; heard <= 3; heard++)
        {
            await SaidAsync(simulator, boris, "75 dollars is due on 2026-12-02", heard);
            await PressAsync(simulator, _client, boris, "9");  // not a key the reminder knows: it repeats, three times at most
        }
        await StatusAsync(_client, campaign, "completed");

        var statistics = await (await _client.GetAsync($"/api/campaigns/{campaign}/statistics")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var counts = statistics["counts"]!;
        (counts.Number("contacts"), counts.Number("done"), counts.Number("answered"), counts.Number("convertedContacts")).ShouldBe((2L, 2L, 2L, 1L));
        statistics["conversionRate"]!.GetValue<double>().ShouldBe(0.5);
        var contacts = (await (await _client.GetAsync($"/api/campaigns/{campaign}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        var confirmed = contacts.Single(c => c!.Text("phone") == "+12025550101")!;
        (confirmed.Text("name"), confirmed.Text("state"), confirmed.Text("lastDisposition"), confirmed["converted"]!.GetValue<bool>())
            .ShouldBe(("Alice", "done", "answered", true));
        confirmed["result"]!["confirmed"]!.GetValue<bool>().ShouldBeTrue();
        var declined = contacts.Single(c => c!.Text("phone") == "+12025550102")!;
        (declined["converted"]!.GetValue<bool>(), declined["result"]!["heard"]!.GetValue<double>()).ShouldBe((false, 3.0));
        simulator.Transcript(alice).ShouldContain(e => e.Kind == SimulatedCallEventKind.Said && e.Text!.StartsWith("Hello Alice. This is a courtesy call", StringComparison.Ordinal));
        var csv = await (await _client.GetAsync($"/api/campaigns/{campaign}/results.csv")).Content.ReadAsStringAsync();
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Progressive_OperatorSignsIn_TakesTheCalls_AndTheirDispositionsAreRecorded_DoNotCallListsTheNumber()
    {
        (await _client.PutJsonAsync("/api/extensions/101", new JsonObject { ["password"] = "s3cret-pass" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var group = await GroupAsync(_client, "Leads", []);
        var import = await ImportAsync(_factory, _client, group, "phone,name\n(202) 555-0201,Carla\n(202) 555-0202,Dmitri\n");
        import.Number("imported").ShouldBe(2L);
        var flow = await PublishTemplateAsync(_client, "campaign-sales-callback");
        var body = Campaign("Spring sale", flow, group, "progressive", "101");
        body["maxConcurrentCalls"] = 1;
        var campaign = (await (await _client.PostJsonAsync("/api/campaigns", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Text("id");
        (await _client.PostAsync($"/api/campaigns/{campaign}/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var session = await (await _client.PostJsonAsync("/api/operator/session",
            new JsonObject { ["extension"] = "101", ["password"] = "s3cret-pass", ["campaignId"] = campaign })).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var desk = _factory.CreateClient();
        desk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Text("token"));

        var codes = new Dictionary<string, string> { ["+12025550201"] = "interested", ["+12025550202"] = "do-not-call" };
        var simulator = _factory.Simulator;
        for (var i = 0; i < 2; i++)
        {
            var call = (await simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && codes.ContainsKey(e.Text!)
                && simulator.Transcript(e.CallId).All(t => t.Kind != SimulatedCallEventKind.HungUp)).WaitAsync(Patience)).CallId;
            var phone = simulator.Find(call)!.To;
            var operatorLeg = (await simulator.WaitForAsync(call, SimulatedCallEventKind.Bridged).WaitAsync(Patience)).Text!;
            var talking = await (await desk.GetAsync("/api/operator/me")).ShouldBeJsonAsync(HttpStatusCode.OK);
            (talking.Text("state"), talking["card"]!["contact"]!.Text("phone")).ShouldBe(("talking", phone));
            simulator.HangUpByCaller(operatorLeg);  // the operator ends the talk
            await SaidAsync(simulator, call, "Thank you for talking with us");
            var attemptId = talking.Text("attemptId");
            var form = new JsonObject { ["attemptId"] = attemptId, ["code"] = codes[phone], ["notes"] = "talked to " + phone };
            (await (await desk.PostJsonAsync("/api/operator/disposition", form)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("ready");
        }
        await StatusAsync(_client, campaign, "completed");

        var attempts = (await (await _client.GetAsync($"/api/campaigns/{campaign}/attempts")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        attempts.Count.ShouldBe(2);
        attempts.Select(a => (a!.Text("operator"), a.Text("disposition"), a!["result"]!.GetValue<string>())).Distinct().ShouldBe([("101", "answered", "connected")]);
        attempts.Select(a => (a!.Text("phone"), a.Text("operatorDisposition"))).OrderBy(p => p.Item1)
            .ShouldBe([("+12025550201", "interested"), ("+12025550202", "do-not-call")]);
        var doNotCall = (await (await _client.GetAsync("/api/do-not-call")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        doNotCall.Select(d => d!.Text("phone")).ShouldBe(["+12025550202"]);
    }
}
