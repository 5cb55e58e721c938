using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// The real server with its trunk pointing at one SIPp (uas-click-to-call.xml) that plays every client and operator, set up
/// through the API as a company would: a tariff with a rate for 1202555…, the company on that tariff, the click-to-call
/// template published. Each test then makes its own campaign, so its requests, CSV rows and invoice lines are its own.
/// </summary>
public sealed class ClickToCallHost : IAsyncLifetime
{
    public const string RatedPrefix = "1202555";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(40);
    private SippProcess? _sipp;
    private FlowServer? _server;

    internal SippProcess Sipp => _sipp ?? throw new InvalidOperationException("The host is not started.");

    internal FlowServer Server => _server ?? throw new InvalidOperationException("The host is not started.");

    internal HttpClient Http => Server.Http;

    internal SipCallControl Control => Server.Services.GetRequiredService<SipCallControl>();

    /// <summary>Every CDR the server wrote, as it wrote it (what crossed the wire, as our SIP stack saw it).</summary>
    internal ConcurrentQueue<CallDetailRecord> Records { get; } = new();

    public async Task InitializeAsync()
    {
        _sipp = SippProcess.Start(new Dictionary<string, byte[]> { ["g711u.pcap"] = MuLawPcap.FromALaw() },
            "-sf", SippProcess.Scenario("uas-click-to-call.xml"), "-timeout", "300s");
        var settings = new Dictionary<string, string>(FlowServer.RtpPorts(36000))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "sipp",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = _sipp.Port.ToString(CultureInfo.InvariantCulture),
            ["FlowBuilder:Sip:Trunks:0:CallerId"] = "+18005550199",
            ["FlowBuilder:Server:TemplatesPath"] = Path.Combine(AppContext.BaseDirectory, "flows"),
            ["FlowBuilder:ClickToCall:PollSeconds"] = "1",
            ["FlowBuilder:ClickToCall:PerAddressLimit"] = "1000",
        };
        _server = await FlowServer.StartAsync(settings);
        Control.CallRecorded += Records.Enqueue;

        var tariff = await CampaignApi.SendAsync(Http, HttpMethod.Post, "/api/tariffs", new JsonObject
        {
            ["name"] = "Interop tariff",
            ["currency"] = "EUR",
            ["rates"] = new JsonArray(new JsonObject { ["prefix"] = RatedPrefix, ["destination"] = "United States, Washington DC", ["pricePerMinute"] = 0.02 }),
        }, 201);
        await CampaignApi.SendAsync(Http, HttpMethod.Put, "/api/company", new JsonObject
        {
            ["name"] = "Interop Ltd",
            ["email"] = "operations@interop.example",
            ["tariffId"] = CampaignApi.Text(tariff, "id"),
            ["timeZone"] = "UTC",
        }, 200);
        var template = await CampaignApi.SendAsync(Http, HttpMethod.Get, "/api/templates/click-to-call", null, 200);
        await Server.PublishAsync(template.ToJsonString());
    }

    /// <summary>A click-to-call campaign open all day, ringing 5 s, the client leg dialled twice 1 s apart, 0.50 EUR a request.</summary>
    internal async Task<(string Id, string Key)> CampaignAsync(string name, params string[] operators)
    {
        var campaign = await CampaignApi.SendAsync(Http, HttpMethod.Post, "/api/click-to-call/campaigns", new JsonObject
        {
            ["name"] = name,
            ["operators"] = new JsonArray([.. operators.Select(o => (JsonNode)o)]),
            ["clientMessage"] = new JsonObject { ["text"] = "Please hold." },
            ["companyMessage"] = new JsonObject { ["text"] = "A client waits." },
            ["clientRetry"] = new JsonObject { ["maxAttempts"] = 2, ["pauseSeconds"] = 1 },
            ["ringSeconds"] = 5,
            ["hours"] = new JsonObject
            {
                ["from"] = "00:00",
                ["to"] = "23:59",
                ["days"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                ["timeZone"] = "UTC",
            },
            ["price"] = 0.50,
            ["currency"] = "EUR",
        }, 201);
        return (CampaignApi.Text(campaign, "id"), CampaignApi.Text(campaign, "key"));
    }

    /// <summary>Asks for a call back through the public endpoint, as the web widget does; returns the request id.</summary>
    internal async Task<string> RequestAsync(string key, string phone)
    {
        var accepted = await CampaignApi.SendAsync(Http, HttpMethod.Post, $"/api/public/click-to-call/{key}/requests",
            new JsonObject { ["phone"] = phone, ["consent"] = true, ["pageUrl"] = "https://shop.interop.example/contact" }, 202);
        CampaignApi.Text(accepted, "status").ShouldBe("waiting", accepted.ToJsonString());
        return CampaignApi.Text(accepted, "id");
    }

    /// <summary>The request view once it reached <paramref name="status"/> and every placed leg has its CDR.</summary>
    internal Task<JsonNode> RequestWhenAsync(string id, string status) =>
        CampaignApi.PollAsync(Http, $"/api/click-to-call/requests/{id}",
            r => CampaignApi.Text(r, "status") == status && r["legs"]!.AsArray().All(l => l!["callId"] is null || l["cdr"] is not null), Step);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_sipp is not null) await _sipp.DisposeAsync();
    }
}
