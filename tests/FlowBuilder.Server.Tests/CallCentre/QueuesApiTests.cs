using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.CallCentre;

public sealed class QueuesApiTests(CallCentreApiFactory factory) : IClassFixture<CallCentreApiFactory>
{
    private readonly HttpClient _client = factory.ClientFor();

    private static JsonObject Full() => JsonNode.Parse("""
        {
          "agents": [
            { "id": "ada", "target": "101", "kind": "extension", "name": "Ada" },
            { "target": "+15550100", "kind": "external" }
          ],
          "strategy": "longest-idle",
          "holdPrompt": "Hold on.",
          "holdMusic": "jazz",
          "announceEverySeconds": 45,
          "announcePosition": false,
          "announceWaitTime": true,
          "maxWaitSeconds": 600,
          "agentRingSeconds": 25,
          "wrapUpSeconds": 10,
          "serviceLevelSeconds": 30
        }
        """)!.AsObject();

    [Fact]
    public async Task Put_NewQueue_Created_AndReadsBackEveryField()
    {
        await (await _client.PutJsonAsync("/api/queues/support", Full())).ShouldBeJsonAsync(HttpStatusCode.Created);

        var read = await (await _client.GetAsync("/api/queues/support")).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.Text("name").ShouldBe("support");
        var agents = read["agents"]!.AsArray();
        (agents[0].Text("id"), agents[0].Text("target"), agents[0].Text("kind"), agents[0].Text("name")).ShouldBe(("ada", "101", "extension", "Ada"));
        (agents[1].Text("id"), agents[1].Text("target"), agents[1].Text("kind")).ShouldBe(("+15550100", "+15550100", "external"));
        read.Text("strategy").ShouldBe("longest-idle");
        (read.Text("holdPrompt"), read.Text("holdMusic")).ShouldBe(("Hold on.", "jazz"));
        read.Number("announceEverySeconds").ShouldBe(45);
        read["announcePosition"]!.GetValue<bool>().ShouldBeFalse();
        read["announceWaitTime"]!.GetValue<bool>().ShouldBeTrue();
        (read.Number("maxWaitSeconds"), read.Number("agentRingSeconds"), read.Number("wrapUpSeconds"), read.Number("serviceLevelSeconds"))
            .ShouldBe((600L, 25L, 10L, 30L));
    }

    [Fact]
    public async Task Put_OnlyAgents_TakesTheDefaults_AndReplaces()
    {
        (await _client.PutJsonAsync("/api/queues/defaults", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var replaced = await (await _client.PutTextAsync("/api/queues/defaults", """{ "agents": [ { "target": "102" } ] }""")).ShouldBeJsonAsync(HttpStatusCode.OK);

        replaced.Text("strategy").ShouldBe("ring-all");
        replaced.Text("holdPrompt").ShouldNotBeNullOrWhiteSpace();
        replaced["holdMusic"].ShouldBeNull();
        (replaced.Number("announceEverySeconds"), replaced.Number("maxWaitSeconds"), replaced.Number("agentRingSeconds")).ShouldBe((30L, 300L, 15L));
        replaced["agents"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{ "agents": [ { "id": "a", "target": "101" }, { "id": "a", "target": "102" } ] }""", "$.agents[1].id", "agents[0]")]
    [InlineData("""{ "agents": [ { "target": "101" }, { "target": "101" } ] }""", "$.agents[1].id", "own id")]
    [InlineData("""{ "agents": [ { "id": "a" } ] }""", "$.agents[0].target", "missing")]
    [InlineData("""{ "agents": [ { "target": "+15550100" } ] }""", "$.agents[0].target", "external")]
    [InlineData("""{ "agents": [ { "target": "101", "kind": "robot" } ] }""", "$.agents[0].kind", "robot")]
    [InlineData("""{ "strategy": "fewest-calls" }""", "$.strategy", "ring-all")]
    [InlineData("""{ "agentRingSeconds": 4 }""", "$.agentRingSeconds", "between 5 and 300")]
    [InlineData("""{ "maxWaitSeconds": -1 }""", "$.maxWaitSeconds", "between")]
    [InlineData("""{ "wrapUpSeconds": 3601 }""", "$.wrapUpSeconds", "between")]
    [InlineData("""{ "serviceLevelSeconds": 0 }""", "$.serviceLevelSeconds", "between")]
    [InlineData("""{ "announceEverySeconds": 5 }""", "$.announceEverySeconds", "at least 10")]
    [InlineData("""{ "holdMusic": "../etc/passwd" }""", "$.holdMusic", "/api/media")]
    public async Task Put_Invalid_400NamingTheField(string body, string path, string hint)
    {
        var problem = await (await _client.PutTextAsync("/api/queues/invalid", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe(path);
        problem.Text("detail").ShouldContain(hint);
        (await _client.GetAsync("/api/queues/invalid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_BadName_400NamingTheName()
    {
        var problem = await (await _client.PutJsonAsync("/api/queues/-bad", Full())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("name");
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeChangeOrDelete()
    {
        (await _client.PutJsonAsync("/api/queues/private", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var acme = factory.ClientFor("acme");

        (await acme.GetAsync("/api/queues/private")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await acme.GetAsync("/api/queues")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
        (await acme.DeleteAsync("/api/queues/private")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.PutTextAsync("/api/queues/private", """{ "agents": [] }""")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var mine = await (await _client.GetAsync("/api/queues/private")).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine["agents"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Delete_Existing_204ThenGone()
    {
        (await _client.PutJsonAsync("/api/queues/doomed", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.DeleteAsync("/api/queues/doomed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await _client.GetAsync("/api/queues/doomed")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
