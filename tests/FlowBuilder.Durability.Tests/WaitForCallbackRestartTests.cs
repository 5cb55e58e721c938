using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FlowBuilder.Durability.Tests;

/// <summary>
/// An instance waits in Wait for Callback; the server is killed (SIGKILL) and started again over the same SQLite
/// file; the callback URL handed out before the crash still resumes the instance, with the posted payload, once.
/// </summary>
public sealed class WaitForCallbackRestartTests : IDisposable
{
    private readonly ServerDataFolder _data = new("fb-callback");

    public void Dispose() => _data.Dispose();

    private static readonly object Flow = new
    {
        id = "crm-confirmation",
        name = "CRM confirmation",
        nodes = new object[]
        {
            new { id = "wait", type = "http.wait-for-callback@1", inputs = new { timeoutSeconds = 3600 } },
            new { id = "confirmed", type = "control.end@1", inputs = new { result = "js: outputs.wait.payload" } },
            new { id = "late", type = "control.end@1", inputs = new { result = "timed out" } },
        },
        edges = new object[]
        {
            new { from = "wait", outcome = "received", to = "confirmed" },
            new { from = "wait", outcome = "timeout", to = "late" },
        },
    };

    [Fact]
    public async Task WaitForCallback_ServerKilledWhileWaiting_CallbackAfterRestartCompletesWithThePayload()
    {
        var port = ServerProcess.FreePort();
        string instanceId;
        string callbackPath;
        await using (var first = await ServerProcess.StartAsync(_data.Path, port))
        {
            await first.PublishAsync(Flow, "crm-confirmation");
            var run = (await (await first.Client.PostAsJsonAsync("api/flows/crm-confirmation/run", new { wait = true })).Content.ReadFromJsonAsync<JsonObject>())!;
            run["status"]!.GetValue<string>().ToLowerInvariant().ShouldBe("suspended", run.ToJsonString());
            instanceId = run["id"]!.GetValue<string>();
            var instance = (await first.Client.GetFromJsonAsync<JsonObject>($"api/instances/{instanceId}"))!;
            callbackPath = new Uri(instance["outputs"]!["wait"]!["callbackUrl"]!.GetValue<string>()).AbsolutePath;
            await first.KillAsync();
        }

        await using var second = await ServerProcess.StartAsync(_data.Path, port);
        var resumed = await second.Client.PostAsJsonAsync(callbackPath.TrimStart('/'), new { orderId = "A-17", confirmed = true });
        var again = await second.Client.PostAsJsonAsync(callbackPath.TrimStart('/'), new { orderId = "A-17", confirmed = false });

        resumed.StatusCode.ShouldBe(HttpStatusCode.Accepted, await resumed.Content.ReadAsStringAsync() + second.Output);
        (await resumed.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>().ShouldBe(instanceId);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var finished = await WaitForCompletionAsync(second, instanceId);
        finished["result"]!["orderId"]!.GetValue<string>().ShouldBe("A-17");
        finished["result"]!["confirmed"]!.GetValue<bool>().ShouldBeTrue();
    }

    private static Task<JsonObject> WaitForCompletionAsync(ServerProcess server, string instanceId) =>
        server.PollAsync($"api/instances/{instanceId}", i => i["status"]!.GetValue<string>().Equals("Completed", StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
}
