using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowBuilder.Durability.Tests;

/// <summary>
/// Kills the real server with SIGKILL while instances wait on a Delay, starts it again over the same
/// SQLite file, and checks that every instance resumes on time and completes, with each step in its
/// journal exactly once: nothing lost, nothing run twice.
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private const int Instances = 20;
    private const int DelaySeconds = 8;
    private readonly ServerDataFolder _data = new("fb-durability");

    public void Dispose() => _data.Dispose();

    private static readonly object Flow = new
    {
        id = "durable-reminder",
        name = "Durable reminder",
        inputs = new[] { new { name = "n", type = "number", required = true } },
        nodes = new object[]
        {
            new { id = "before", type = "control.log@1", inputs = new { message = "before {{input.n}}" } },
            new { id = "wait", type = "control.delay@1", inputs = new { seconds = DelaySeconds } },
            new { id = "after", type = "control.end@1", inputs = new { result = "js: 'done ' + input.n" } },
        },
        edges = new object[]
        {
            new { from = "before", outcome = "done", to = "wait" },
            new { from = "wait", outcome = "done", to = "after" },
        },
    };

    [Fact]
    public async Task KillDashNine_WhileInstancesWait_AllResumeOnTimeExactlyOnce()
    {
        var port = ServerProcess.FreePort();
        var started = new Dictionary<string, DateTimeOffset>();
        await using (var first = await ServerProcess.StartAsync(_data.Path, port))
        {
            await first.PublishAsync(Flow, "durable-reminder");
            for (var n = 0; n < Instances; n++)
            {
                var response = await first.Client.PostAsJsonAsync("api/flows/durable-reminder/run", new { input = new { n }, wait = true });
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                body!["status"]!.GetValue<string>().ShouldBe("Suspended", StringCompareShould.IgnoreCase);
                started[body["id"]!.GetValue<string>()] = DateTimeOffset.UtcNow;
            }
            await WaitForAsync(first, "Suspended", Instances, TimeSpan.FromSeconds(20));
            await first.KillAsync();
        }
        var killedAt = DateTimeOffset.UtcNow;
        killedAt.ShouldBeLessThan(started.Values.Min().AddSeconds(DelaySeconds), "the kill must come before any timer is due");

        await using var second = await ServerProcess.StartAsync(_data.Path, port);
        await WaitForAsync(second, "Completed", Instances, TimeSpan.FromSeconds(DelaySeconds + 60));

        var all = await second.Client.GetFromJsonAsync<JsonObject>("api/instances?flowId=durable-reminder&take=100");
        ItemsOf(all!).Count.ShouldBe(Instances, "no instance lost and none created twice");
        foreach (var (id, startedAt) in started)
        {
            var instance = (await second.Client.GetFromJsonAsync<JsonObject>($"api/instances/{id}"))!;
            instance["status"]!.GetValue<string>().ShouldBe("Completed", StringCompareShould.IgnoreCase);
            var steps = instance["journal"]!.AsArray().Select(e => $"{e!["nodeId"]}:{e["outcome"]}").ToList();
            steps.ShouldBe(["before:done", "wait:suspend:delay", "wait:done", "after:end"], $"journal of {id}");
            var finished = instance["finishedAt"]!.GetValue<DateTimeOffset>();
            finished.ShouldBeGreaterThanOrEqualTo(startedAt.AddSeconds(DelaySeconds - 1), "resumed on time, not early");
            finished.ShouldBeLessThan(startedAt.AddSeconds(DelaySeconds + 30), "resumed without a long lag after the restart");
        }
    }

    private static List<JsonNode> ItemsOf(JsonObject page) => (page["items"] ?? page["instances"])!.AsArray().Select(i => i!).ToList();

    private static Task WaitForAsync(ServerProcess server, string status, int count, TimeSpan within) =>
        server.PollAsync($"api/instances?flowId=durable-reminder&status={status}&take=100", page => ItemsOf(page).Count == count, within, TimeSpan.FromMilliseconds(200));
}
