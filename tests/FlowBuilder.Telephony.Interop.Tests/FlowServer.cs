using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Server;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Features;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// The real FlowBuilder server in this process, as <c>flowbuilder serve</c> runs it: HTTP on a free loopback port,
/// SIP over UDP on another, SQLite, media and logs in a private folder that is deleted at dispose.
/// </summary>
internal sealed class FlowServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private FlowServer(WebApplication app, string root, int sipPort, HttpClient http)
    {
        _app = app;
        _root = root;
        SipPort = sipPort;
        Http = http;
    }

    public int SipPort { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public string MediaFolder => Path.Combine(_root, "media");

    public static async Task<FlowServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("flowserver-interop-").FullName;
        var sipPort = FreePorts.Udp();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["FlowBuilder:Database:ConnectionString"] = $"Data Source={Path.Combine(root, "flowbuilder.db")}",
            ["FlowBuilder:PluginsPath"] = Path.Combine(root, "plugins"),
            ["FlowBuilder:Media:Folder"] = Path.Combine(root, "media"),
            ["FlowBuilder:Logging:MinimumLevel:Default"] = "Warning",
            ["FlowBuilder:Sip:Enabled"] = "true",
            ["FlowBuilder:Sip:Listen:0"] = $"udp:127.0.0.1:{Text(sipPort)}",
            ["FlowBuilder:Sip:MediaAddress"] = "127.0.0.1",
            [TestApiKeys.Setting] = TestApiKeys.SystemAdministrator,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) values[key] = value;
        var app = ServerApp.Build([.. values.Select(p => $"--{p.Key}={p.Value}")]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = TestApiKeys.Authorize(new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
        return new FlowServer(app, root, sipPort, http);
    }

    /// <summary>Creates and publishes a flow file from <c>flows/</c> or <c>flow-templates/</c> (as JSON text).</summary>
    public async Task PublishAsync(string flowJson)
    {
        var flow = JsonNode.Parse(flowJson)!;
        var id = flow["id"]!.GetValue<string>();
        var created = await Http.PostAsync("/api/flows", new StringContent(flowJson, System.Text.Encoding.UTF8, "application/json"));
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Creating flow {id}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var published = await Http.PostAsJsonAsync($"/api/flows/{id}/publish", new { note = "interop" });
        if (!published.IsSuccessStatusCode) throw new InvalidOperationException($"Publishing flow {id}: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
    }

    public static string Flow(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "flows", name));

    public async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>RTP ports <paramref name="first"/>..first+199 and at most 50 calls: settings for <see cref="StartAsync"/>, so tests running one
    /// after another never share a port.</summary>
    public static Dictionary<string, string> RtpPorts(int first) => new()
    {
        ["FlowBuilder:Sip:RtpPortRange:First"] = Text(first),
        ["FlowBuilder:Sip:RtpPortRange:Last"] = Text(first + 199),
        ["FlowBuilder:Sip:MaxCalls"] = "50",
    };

    /// <summary>Completes with the first CDR of a leg in <paramref name="direction"/> written from now on.</summary>
    public TaskCompletionSource<CallDetailRecord> RecordOf(CallDirection direction)
    {
        var recorded = new TaskCompletionSource<CallDetailRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        Services.GetRequiredService<SipCallControl>().CallRecorded += record =>
        {
            if (record.Direction == direction) recorded.TrySetResult(record);
        };
        return recorded;
    }

    /// <summary>The instance's journal (node, outcome, outputs) once it has finished; its last steps are written in the background.</summary>
    public async Task<List<(string Node, string Outcome, JsonNode? Outputs)>> JournalAsync(string instanceId, TimeSpan timeout)
    {
        var instance = await GetJsonEventuallyAsync($"/api/instances/{instanceId}", i => i["status"]!.GetValue<string>() is "completed" or "faulted" or "cancelled", timeout);
        return instance["journal"]!.AsArray()
            .Select(e => (e!["nodeId"]!.GetValue<string>(), e["outcome"]!.GetValue<string>(), e["outputs"]))
            .ToList();
    }

    /// <summary>GETs <paramref name="url"/> every 50 ms until <paramref name="done"/> holds (state written in the background).</summary>
    public async Task<JsonNode> GetJsonEventuallyAsync(string url, Func<JsonNode, bool> done, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var last = await GetJsonAsync(url);
        while (!done(last))
        {
            if (!await timer.WaitForNextTickAsync(deadline.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
                throw new TimeoutException($"GET {url} did not reach the expected state within {timeout.TotalSeconds} s: {last.ToJsonString()}");
            last = await GetJsonAsync(url);
        }
        return last;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        PeerProcessStop.DeleteFolder(_root);
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
