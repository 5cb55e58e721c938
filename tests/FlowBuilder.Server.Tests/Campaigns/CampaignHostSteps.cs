using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Campaigns.Imports;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>What a user does through the HTTP API to run a campaign on the real server: a group, an import, a template, a campaign.</summary>
internal static class CampaignHostSteps
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "flow-templates");

    public static async Task<string> GroupAsync(HttpClient client, string name, JsonArray fields)
    {
        var body = new JsonObject { ["name"] = name, ["fields"] = fields, ["defaultTimeZone"] = "Europe/London" };
        return (await (await client.PostJsonAsync("/api/groups", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Text("id");
    }

    /// <summary>Uploads <paramref name="csv"/> to the group (valid rows only), waits for the import to finish and returns its view.</summary>
    public static async Task<JsonNode> ImportAsync(CampaignHostFactory factory, HttpClient client, string groupId, string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "contacts.csv");
        var started = await (await client.PostAsync($"/api/groups/{groupId}/imports", form)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var job = factory.Services.GetRequiredService<ContactImports>().Find("default", started.Text("id")).ShouldNotBeNull();
        await job.Completion.WaitAsync(Patience);
        return await (await client.GetAsync($"/api/imports/{started.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Creates and publishes flow-templates/<paramref name="template"/>.flow.json through /api/flows.</summary>
    public static async Task<string> PublishTemplateAsync(HttpClient client, string template)
    {
        var flow = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Templates, template + ".flow.json")))!.AsObject();
        await client.CreateAndPublishAsync(flow);
        return flow.Text("id");
    }

    /// <summary>A campaign body on the simulator: calling all day every day, one attempt per contact (no retries).</summary>
    public static JsonObject Campaign(string name, string flowId, string groupId, string mode, params string[] operators)
    {
        JsonObject Once() => new() { ["maxAttempts"] = 1, ["pauseSeconds"] = 60 };
        return new JsonObject
        {
            ["name"] = name,
            ["flowId"] = flowId,
            ["groupIds"] = new JsonArray(groupId),
            ["mode"] = mode,
            ["maxConcurrentCalls"] = 2,
            ["channel"] = CallSimulator.ChannelName,
            ["schedule"] = new JsonObject
            {
                ["from"] = "00:00", ["to"] = "23:59", ["timeZone"] = "UTC",
                ["days"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            },
            ["retry"] = new JsonObject { ["busy"] = Once(), ["noAnswer"] = Once(), ["failed"] = Once(), ["abandoned"] = Once() },
            ["operators"] = new JsonArray(operators.Select(o => (JsonNode)o).ToArray()),
        };
    }

    /// <summary>The simulated call the dialer placed to <paramref name="phone"/>.</summary>
    public static async Task<string> CallToAsync(CallSimulator simulator, string phone) =>
        (await simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == phone).WaitAsync(Patience)).CallId;

    /// <summary>Waits until the <paramref name="nth"/> thing said on the call contains <paramref name="text"/>.</summary>
    public static Task<SimulatedCallEvent> SaidAsync(CallSimulator simulator, string callId, string text, int nth = 1)
    {
        var seen = 0;
        return simulator.WaitUntilAsync(e => e.CallId == callId && e.Kind == SimulatedCallEventKind.Said && e.Text!.Contains(text, StringComparison.Ordinal) && ++seen == nth)
            .WaitAsync(Patience);
    }

    /// <summary>Presses <paramref name="digits"/> through the simulator API once the flow listens for them.</summary>
    public static async Task PressAsync(CallSimulator simulator, HttpClient client, string callId, string digits)
    {
        await simulator.WaitForDigitReadAsync(callId).WaitAsync(Patience);
        (await client.PostJsonAsync($"/api/simulator/calls/{callId}/digits", new JsonObject { ["digits"] = digits })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Polls the campaign until its status is <paramref name="status"/>; returns its view.</summary>
    public static async Task<JsonNode> StatusAsync(HttpClient client, string campaignId, string status)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var campaign = await (await client.GetAsync($"/api/campaigns/{campaignId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            if (campaign.Text("status") == status) return campaign;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Campaign {campaignId} is still {campaign.Text("status")}, not {status}: {campaign.ToJsonString()}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
