using FlowBuilder.Testing.Campaigns;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>The campaign steps a user takes through the REST API: a flow, a group filled by a CSV import, a campaign started
/// and polled to its end, and the attempts read back.</summary>
internal static class CampaignApi
{
    /// <summary>Says one short sentence and ends with "converted" when the contact's <c>buys</c> field is true, else "declined".</summary>
    public static string SayAndResultFlow(string id) => new JsonObject
    {
        ["id"] = id,
        ["name"] = "Campaign: say a line, end with the contact's result",
        ["nodes"] = new JsonArray(
            new JsonObject { ["id"] = "say", ["type"] = "telephony.say", ["inputs"] = new JsonObject { ["text"] = "Hello." } },
            new JsonObject { ["id"] = "end", ["type"] = "control.end", ["inputs"] = new JsonObject { ["result"] = "js: input.contact.fields.buys ? 'converted' : 'declined'" } }),
        ["edges"] = new JsonArray(new JsonObject { ["from"] = "say", ["outcome"] = "done", ["to"] = "end" }),
    }.ToJsonString();

    public static async Task<JsonNode> SendAsync(HttpClient http, HttpMethod method, string url, object? body, int expectedStatus)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != expectedStatus)
            throw new InvalidOperationException($"{method} {url}: expected {expectedStatus}, got {(int)response.StatusCode} {text}");
        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Creates a group with a boolean field <c>buys</c> and imports <paramref name="csv"/> (all or nothing) into it.</summary>
    public static async Task<string> GroupFromCsvAsync(HttpClient http, string name, string csv, string? defaultTimeZone = null)
    {
        var group = await SendAsync(http, HttpMethod.Post, "/api/groups", new JsonObject
        {
            ["name"] = name,
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "buys", ["type"] = "boolean" }),
            ["defaultTimeZone"] = defaultTimeZone,
        }, 201);
        var groupId = group["id"]!.GetValue<string>();
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "contacts.csv" },
            { new StringContent("allOrNothing"), "mode" },
        };
        using var started = await http.PostAsync($"/api/groups/{groupId}/imports", upload);
        var startedText = await started.Content.ReadAsStringAsync();
        if ((int)started.StatusCode != 202) throw new InvalidOperationException($"Import into {groupId}: {(int)started.StatusCode} {startedText}");
        var importId = JsonNode.Parse(startedText)!["id"]!.GetValue<string>();
        var done = await PollAsync(http, $"/api/imports/{importId}", i => i["status"]!.GetValue<string>() != "running", TimeSpan.FromSeconds(30));
        if (done["status"]!.GetValue<string>() != "completed") throw new InvalidOperationException($"Import {importId} did not complete: {done.ToJsonString()}");
        return groupId;
    }

    /// <summary>An auto-informer campaign on <paramref name="flowId"/> with the retry rules of the interop tests.</summary>
    public static JsonObject AutoInformer(string name, string flowId, string groupId, int maxConcurrentCalls, int ringSeconds) => new()
    {
        ["name"] = name,
        ["flowId"] = flowId,
        ["groupIds"] = new JsonArray(groupId),
        ["mode"] = "autoInformer",
        ["maxConcurrentCalls"] = maxConcurrentCalls,
        ["ringSeconds"] = ringSeconds,
        ["schedule"] = new JsonObject { ["from"] = "00:00", ["to"] = "23:59", ["timeZone"] = "UTC" },
        ["retry"] = new JsonObject
        {
            ["busy"] = new JsonObject { ["maxAttempts"] = 2, ["pauseSeconds"] = 0.5 },
            ["noAnswer"] = new JsonObject { ["maxAttempts"] = 2, ["pauseSeconds"] = 0.5 },
            ["failed"] = new JsonObject { ["maxAttempts"] = 1, ["pauseSeconds"] = 0 },
            ["abandoned"] = new JsonObject { ["maxAttempts"] = 1, ["pauseSeconds"] = 0 },
        },
    };

    /// <summary>GETs <paramref name="url"/> every 200 ms until <paramref name="done"/> holds (the dialer works in the background).</summary>
    public static async Task<JsonNode> PollAsync(HttpClient http, string url, Func<JsonNode, bool> done, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        var last = await SendAsync(http, HttpMethod.Get, url, null, 200);
        while (!done(last))
        {
            if (!await timer.WaitForNextTickAsync(deadline.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
                throw new TimeoutException($"GET {url} did not reach the expected state within {timeout.TotalSeconds} s: {last.ToJsonString()}");
            last = await SendAsync(http, HttpMethod.Get, url, null, 200);
        }
        return last;
    }

    /// <summary>Every attempt of the campaign, page by page.</summary>
    public static async Task<List<JsonNode>> AttemptsAsync(HttpClient http, string campaignId)
    {
        var all = new List<JsonNode>();
        for (var offset = 0; ; offset += 500)
        {
            var page = (await SendAsync(http, HttpMethod.Get, $"/api/campaigns/{campaignId}/attempts?offset={offset}&limit=500", null, 200)).AsArray();
            all.AddRange(page.Select(a => a!));
            if (page.Count < 500) return all;
        }
    }

    /// <summary>Every contact of the campaign's work queue, page by page.</summary>
    public static async Task<List<JsonNode>> ContactsAsync(HttpClient http, string campaignId)
    {
        var all = new List<JsonNode>();
        for (var offset = 0; ; offset += 500)
        {
            var page = (await SendAsync(http, HttpMethod.Get, $"/api/campaigns/{campaignId}/contacts?offset={offset}&limit=500", null, 200)).AsArray();
            all.AddRange(page.Select(a => a!));
            if (page.Count < 500) return all;
        }
    }

    public static int MaxOverlap(IEnumerable<JsonNode> attempts) => CampaignJson.MaxOverlap(attempts);

    public static DateTimeOffset Time(JsonNode node, string name) => CampaignJson.Time(node, name);

    public static string Text(JsonNode node, string name) => CampaignJson.Text(node, name);
}
