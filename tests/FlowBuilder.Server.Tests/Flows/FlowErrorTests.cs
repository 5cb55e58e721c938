using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Flows;

public sealed class FlowErrorTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PutDraft_WithStaleRevision_Returns409AndKeepsStoredDraft()
    {
        var id = TestFlows.NewId("stale");
        await _client.CreateAsync(TestFlows.Greeter(id, "Original"));
        await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Someone else's edit"), ifMatch: 1);

        var response = await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "My stale edit"), ifMatch: 1);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Number("expectedRevision").ShouldBe(1);
        problem.Number("actualRevision").ShouldBe(2);
        problem.Text("detail").ShouldContain("Reload");
        var stored = await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        stored.Text("name").ShouldBe("Someone else's edit");
        stored.Number("revision").ShouldBe(2);
    }

    [Fact]
    public async Task PutDraft_WithoutRevision_Returns428AndKeepsStoredDraft()
    {
        var id = TestFlows.NewId("no-revision");
        await _client.CreateAsync(TestFlows.Greeter(id, "Original"));

        var response = await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Blind overwrite"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired)).Text("detail").ShouldContain("If-Match");
        (await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("name").ShouldBe("Original");
    }

    [Fact]
    public async Task PutDraft_BodyIdDiffersFromRoute_Returns400()
    {
        var id = TestFlows.NewId("mismatch");
        await _client.CreateAsync(TestFlows.Greeter(id));

        var response = await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter("someone-else"), ifMatch: 1);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("path").ShouldBe("$.id");
    }

    [Fact]
    public async Task PublishFlow_WithStaleRevision_Returns409AndPublishesNothing()
    {
        var id = TestFlows.NewId("publish-stale");
        await _client.CreateAsync(TestFlows.Greeter(id));
        await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Changed"), ifMatch: 1);

        var response = await _client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject { ["note"] = "stale", ["revision"] = 1 });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await _client.GetAsync($"/api/flows/{id}/versions")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task PublishFlow_WithErrors_Returns422ListingEveryProblem()
    {
        var id = TestFlows.NewId("publish-broken");
        await _client.CreateAsync(TestFlows.Broken(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject { ["note"] = "should fail" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var problems = problem["problems"]!.AsArray();
        var codes = problems.Select(p => p.Text("code")).ToList();
        codes.ShouldContain("unknown-activity");
        codes.ShouldContain("missing-input");
        codes.ShouldContain("expression-syntax");
        codes.ShouldContain("missing-node");
        problems.Single(p => p.Text("code") == "unknown-activity").Text("nodeId").ShouldBe("mystery");
        problems.Single(p => p.Text("code") == "missing-input").Text("nodeId").ShouldBe("start");
        problems.Single(p => p.Text("code") == "expression-syntax").Text("nodeId").ShouldBe("end");
        problems.ShouldAllBe(p => p!["path"] != null && p["message"] != null && p["severity"] != null);
        (await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK))["latestVersion"].ShouldBeNull();
    }

    [Fact]
    public async Task CreateFlow_MalformedJson_Returns400WithPathAndLineAndStoresNothing()
    {
        var id = TestFlows.NewId("malformed");
        var json = $$"""
            {
              "id": "{{id}}",
              "name": "Broken JSON",
              "nodes": [ { "id": "end", "type": "control.end" ],
              "edges": []
            }
            """;

        var response = await _client.PostTextAsync("/api/flows", json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("path").ShouldStartWith("$.nodes");
        problem.Number("line").ShouldBe(4);
        problem.Number("column").ShouldBeGreaterThan(1);
        problem.Text("detail").ShouldContain("line 4");
        await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateFlow_WrongValueType_Returns400NamingThePath()
    {
        var json = """{ "id": "wrong-type", "name": "Wrong", "nodes": 5, "edges": [] }""";

        var response = await _client.PostTextAsync("/api/flows", json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("path").ShouldBe("$.nodes");
        await (await _client.GetAsync("/api/flows/wrong-type")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateFlow_WithoutId_Returns400()
    {
        var response = await _client.PostTextAsync("/api/flows", """{ "name": "No id", "nodes": [], "edges": [] }""");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("path").ShouldBe("$.id");
    }

    [Fact]
    public async Task PutDraft_MalformedJson_Returns400AndKeepsStoredDraft()
    {
        var id = TestFlows.NewId("malformed-put");
        await _client.CreateAsync(TestFlows.Greeter(id, "Intact"));

        var response = await _client.PutTextAsync($"/api/flows/{id}", """{ "id": "x", "name": "Half""", ifMatch: 1);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var stored = await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        stored.Text("name").ShouldBe("Intact");
        stored.Number("revision").ShouldBe(1);
    }

    [Fact]
    public async Task RunFlow_MalformedBody_Returns400WithPath()
    {
        var id = TestFlows.NewId("run-malformed");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var response = await _client.PostTextAsync($"/api/flows/{id}/run", """{ "input": [1, 2] }""");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("path").ShouldBe("$.input");
    }

    [Fact]
    public async Task CreateFlow_DuplicateId_Returns409()
    {
        var id = TestFlows.NewId("duplicate");
        await _client.CreateAsync(TestFlows.Greeter(id, "First"));

        var response = await _client.PostJsonAsync("/api/flows", TestFlows.Greeter(id, "Second"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("flowId").ShouldBe(id);
        (await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("name").ShouldBe("First");
    }

    [Fact]
    public async Task PublishFlow_WebhookPathTakenByAnotherFlow_Returns409()
    {
        var path = $"taken/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(TestFlows.Listener(TestFlows.NewId("owner"), path));
        var second = TestFlows.NewId("second");
        await _client.CreateAsync(TestFlows.Listener(second, path));

        var response = await _client.PostJsonAsync($"/api/flows/{second}/publish", new JsonObject());

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("ownerFlowId").ShouldStartWith("owner-");
    }

    [Fact]
    public async Task CreateFlow_BodyOverTheLimit_Returns413()
    {
        var flow = TestFlows.Greeter(TestFlows.NewId("huge"));
        flow["description"] = new string('x', 1_100_000);

        var response = await _client.PostJsonAsync("/api/flows", flow);

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Text("detail").ShouldContain("MaxRequestBytes");
        await (await _client.GetAsync($"/api/flows/{flow.Text("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/api/flows/no-such-flow")]
    [InlineData("PUT", "/api/flows/no-such-flow?revision=1")]
    [InlineData("POST", "/api/flows/no-such-flow/validate")]
    [InlineData("POST", "/api/flows/no-such-flow/publish")]
    [InlineData("POST", "/api/flows/no-such-flow/retract")]
    [InlineData("POST", "/api/flows/no-such-flow/archive")]
    [InlineData("GET", "/api/flows/no-such-flow/versions")]
    [InlineData("GET", "/api/flows/no-such-flow/versions/1")]
    [InlineData("GET", "/api/flows/no-such-flow/export")]
    [InlineData("POST", "/api/flows/no-such-flow/run")]
    [InlineData("GET", "/api/instances/no-such-instance")]
    [InlineData("POST", "/api/instances/no-such-instance/cancel")]
    [InlineData("POST", "/hooks/no/such/hook")]
    [InlineData("GET", "/api/no-such-route")]
    public async Task UnknownIds_Return404Problem(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET") request.Content = new StringContent(method == "PUT" ? TestFlows.Greeter("no-such-flow").ToJsonString() : "{}", System.Text.Encoding.UTF8, "application/json");

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownVersionOfExistingFlow_Returns404Problem()
    {
        var id = TestFlows.NewId("no-version");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var response = await _client.GetAsync($"/api/flows/{id}/versions/7");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("detail").ShouldContain("no version 7");
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        var response = await _client.GetAsync("/hooks/anything");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
