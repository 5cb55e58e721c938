using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.CallCentre.QueueLive;

public sealed class QueueLiveApiTests(QueueLiveApiFactory factory) : IClassFixture<QueueLiveApiFactory>
{
    private const string Company = "default";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> QueueAsync(params string[] agents)
    {
        var name = "support-" + Guid.NewGuid().ToString("N")[..8];
        await factory.QueueStore.SaveAsync(
            new CallQueueDefinition(Company, name, agents.Select(a => new QueueAgentDefinition(a, a)).ToList()) { ServiceLevelSeconds = 20 }, CancellationToken.None);
        return name;
    }

    [Fact]
    public async Task Live_ShowsTheAgentsLoggedInAndNobodyWaiting()
    {
        var name = await QueueAsync("101", "102");

        var live = await (await _client.GetAsync($"/api/queues/{name}/live")).ShouldBeJsonAsync(HttpStatusCode.OK);

        live.Text("queue").ShouldBe(name);
        live["callers"]!.AsArray().Count.ShouldBe(0);
        live["agents"]!.AsArray().Select(a => (a.Text("id"), a.Text("state"))).ShouldBe([("101", "available"), ("102", "available")]);
        live.Number("agentsAvailable").ShouldBe(2);
    }

    [Fact]
    public async Task Live_NamesAgentKindsAsTheQueueApiDoes()
    {
        var name = "mixed-" + Guid.NewGuid().ToString("N")[..8];
        await factory.QueueStore.SaveAsync(new CallQueueDefinition(Company, name,
            [new QueueAgentDefinition("101", "101"), new QueueAgentDefinition("remote", "+15557654321", CallTargetKind.Number)]), CancellationToken.None);

        var live = await (await _client.GetAsync($"/api/queues/{name}/live")).ShouldBeJsonAsync(HttpStatusCode.OK);

        live["agents"]!.AsArray().Select(a => (a.Text("id"), a.Text("kind"))).ShouldBe([("101", "extension"), ("remote", "external")]);
    }

    [Fact]
    public async Task PauseThenResume_ChangesTheAgentsState_WithTheReason()
    {
        var name = await QueueAsync("101");

        var paused = await (await _client.PostJsonAsync($"/api/queues/{name}/agents/101/pause", new JsonObject { ["reason"] = "lunch" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        paused.Text("state").ShouldBe("paused");
        paused.Text("pauseReason").ShouldBe("lunch");
        var live = await (await _client.GetAsync($"/api/queues/{name}/live")).ShouldBeJsonAsync(HttpStatusCode.OK);
        live.Number("agentsPaused").ShouldBe(1);

        var resumed = await (await _client.PostJsonAsync($"/api/queues/{name}/agents/101/resume", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        resumed.Text("state").ShouldBe("available");
    }

    [Fact]
    public async Task LogOutThenLogIn_ChangesTheAgentsState()
    {
        var name = await QueueAsync("101");

        (await (await _client.PostJsonAsync($"/api/queues/{name}/agents/101/logout", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("loggedOut");
        (await (await _client.PostJsonAsync($"/api/queues/{name}/agents/101/login", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("available");
    }

    [Fact]
    public async Task UnknownQueueOrAgent_IsNotFound_NamingIt()
    {
        var name = await QueueAsync("101");

        var queue = await (await _client.GetAsync("/api/queues/nope/live")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        queue.Text("queue").ShouldBe("nope");
        var agent = await (await _client.PostJsonAsync($"/api/queues/{name}/agents/999/login", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        agent.Text("agentId").ShouldBe("999");
        agent.Text("detail").ShouldContain(name);
    }

    [Fact]
    public async Task Statistics_ForAPeriod_ComputesFromTheQueueCallRecords()
    {
        var name = await QueueAsync("101");
        var day = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        await AddAsync(name, day.AddHours(9), 10, QueueCallResult.Answered);
        await AddAsync(name, day.AddHours(10), 40, QueueCallResult.Answered);
        await AddAsync(name, day.AddHours(11), 30, QueueCallResult.Abandoned);
        await AddAsync(name, day.AddDays(1).AddHours(9), 5, QueueCallResult.Answered);   // the next day: not counted

        var stats = await (await _client.GetAsync($"/api/queues/{name}/statistics?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        stats.Number("offered").ShouldBe(3);
        stats.Number("answered").ShouldBe(2);
        stats.Number("abandoned").ShouldBe(1);
        stats["serviceLevelPercent"]!.GetValue<double>().ShouldBe(33.33);
        stats["averageSpeedOfAnswerSeconds"]!.GetValue<double>().ShouldBe(25);
        stats["abandonmentRatePercent"]!.GetValue<double>().ShouldBe(33.33);

        var all = await (await _client.GetAsync("/api/queue-statistics?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z")).ShouldBeJsonAsync(HttpStatusCode.OK);
        all.AsArray().Single(s => s.Text("queue") == name).Number("offered").ShouldBe(3);
    }

    [Fact]
    public async Task Statistics_WithToBeforeFrom_IsABadRequest()
    {
        var name = await QueueAsync("101");

        await (await _client.GetAsync($"/api/queues/{name}/statistics?from=2026-01-06&to=2026-01-05")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private ValueTask AddAsync(string queue, DateTimeOffset entered, int wait, QueueCallResult result) =>
        factory.QueueCalls.AddAsync(new QueueCallRecord(Guid.NewGuid().ToString("N"), Company, queue, "simulator-" + Guid.NewGuid().ToString("N"), "+15550000000",
            entered, entered.AddSeconds(wait), result, result == QueueCallResult.Answered ? "101" : null), CancellationToken.None);
}
