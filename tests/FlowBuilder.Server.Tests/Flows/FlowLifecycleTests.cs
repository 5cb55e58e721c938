using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Flows;

public sealed class FlowLifecycleTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CreateFlow_ValidDefinition_Returns201WithLocationRevisionEtagAndProblems()
    {
        var id = TestFlows.NewId("create");

        var response = await _client.PostJsonAsync("/api/flows", TestFlows.Greeter(id));

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/flows/{id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        body["flow"].Text("id").ShouldBe(id);
        body["flow"].Number("revision").ShouldBe(1);
        body["flow"].Text("status").ShouldBe("draft");
        body["flow"]!["draft"]!["nodes"]![0]!["position"]!["x"]!.GetValue<double>().ShouldBe(10);
        body["valid"]!.GetValue<bool>().ShouldBeTrue();
        body["problems"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateFlow_DraftWithErrors_IsStoredAndListsProblems()
    {
        var id = TestFlows.NewId("draft-errors");

        var body = await (await _client.PostJsonAsync("/api/flows", TestFlows.Broken(id))).ShouldBeJsonAsync(HttpStatusCode.Created);

        body["valid"]!.GetValue<bool>().ShouldBeFalse();
        body["problems"]!.AsArray().Count.ShouldBeGreaterThanOrEqualTo(4);
        (await _client.GetAsync($"/api/flows/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetFlow_Existing_ReturnsDraftStatusAndRevisionAsEtag()
    {
        var id = TestFlows.NewId("get");
        await _client.CreateAsync(TestFlows.Greeter(id, "Get me"));

        var response = await _client.GetAsync($"/api/flows/{id}");

        var flow = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        flow.Text("name").ShouldBe("Get me");
        flow.Number("revision").ShouldBe(1);
        flow["latestVersion"].ShouldBeNull();
        flow["publishedVersion"].ShouldBeNull();
        flow["draft"].Text("id").ShouldBe(id);
    }

    [Fact]
    public async Task PutDraft_WithIfMatch_SavesNextRevision()
    {
        var id = TestFlows.NewId("put");
        await _client.CreateAsync(TestFlows.Greeter(id));

        var response = await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Renamed"), ifMatch: 1);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        body["flow"].Number("revision").ShouldBe(2);
        body["flow"].Text("name").ShouldBe("Renamed");
        (await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("name").ShouldBe("Renamed");
    }

    [Fact]
    public async Task PutDraft_WithRevisionInQueryOrBody_SavesNextRevision()
    {
        var id = TestFlows.NewId("put-rev");
        await _client.CreateAsync(TestFlows.Greeter(id));

        var byQuery = await (await _client.PutJsonAsync($"/api/flows/{id}?revision=1", TestFlows.Greeter(id, "By query"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var withField = TestFlows.Greeter(id, "By body");
        withField["revision"] = 2;
        var byBody = await (await _client.PutJsonAsync($"/api/flows/{id}", withField)).ShouldBeJsonAsync(HttpStatusCode.OK);

        byQuery["flow"].Number("revision").ShouldBe(2);
        byBody["flow"].Number("revision").ShouldBe(3);
        byBody["flow"].Text("name").ShouldBe("By body");
    }

    [Fact]
    public async Task PublishFlow_ValidDraft_Returns201WithVersionAndNote_AndFlowShowsIt()
    {
        var id = TestFlows.NewId("publish");
        await _client.CreateAsync(TestFlows.Greeter(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject { ["note"] = "go live", ["revision"] = 1 });

        var version = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/flows/{id}/versions/1");
        version.Number("version").ShouldBe(1);
        version.Text("note").ShouldBe("go live");
        version["definition"].Text("status").ShouldBe("published");
        var flow = await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        flow.Text("status").ShouldBe("published");
        flow.Number("publishedVersion").ShouldBe(1);
        flow.Number("latestVersion").ShouldBe(1);
    }

    [Fact]
    public async Task Versions_AfterTwoPublishes_ListNewestFirstAndReadOne()
    {
        var id = TestFlows.NewId("versions");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id, "First"), "one");
        await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Second"), ifMatch: 1);
        await _client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject { ["note"] = "two" });

        var list = (await (await _client.GetAsync($"/api/flows/{id}/versions")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        var first = await (await _client.GetAsync($"/api/flows/{id}/versions/1")).ShouldBeJsonAsync(HttpStatusCode.OK);

        list.Select(v => v.Number("version")).ShouldBe([2L, 1L]);
        list.Select(v => v.Text("note")).ShouldBe(["two", "one"]);
        first["definition"].Text("name").ShouldBe("First");
    }

    [Fact]
    public async Task RestoreVersion_WithRevision_CopiesVersionIntoDraft()
    {
        var id = TestFlows.NewId("restore");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id, "Published name"));
        await _client.PutJsonAsync($"/api/flows/{id}", TestFlows.Greeter(id, "Edited name"), ifMatch: 1);

        var restored = await (await _client.PostJsonAsync($"/api/flows/{id}/versions/1/restore", new JsonObject { ["revision"] = 2 }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        restored["flow"].Number("revision").ShouldBe(3);
        restored["flow"]!["draft"].Text("name").ShouldBe("Published name");
        restored["flow"]!["draft"].Number("version").ShouldBe(0);
    }

    [Fact]
    public async Task ExportFlow_DraftAndVersion_ReturnFlowFileAttachments()
    {
        var id = TestFlows.NewId("export");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id, "Exported"));

        var draft = await _client.GetAsync($"/api/flows/{id}/export");
        var version = await _client.GetAsync($"/api/flows/{id}/export?version=1");

        var draftFile = await draft.ShouldBeJsonAsync(HttpStatusCode.OK);
        draft.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        draft.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"{id}.flow.json");
        draftFile.Text("id").ShouldBe(id);
        draftFile.Text("name").ShouldBe("Exported");
        (await version.ShouldBeJsonAsync(HttpStatusCode.OK)).Number("version").ShouldBe(1);
    }

    [Fact]
    public async Task ImportFlow_NewThenExistingWithAndWithoutReplace()
    {
        var id = TestFlows.NewId("import");

        var created = await _client.PostJsonAsync("/api/flows/import", TestFlows.Greeter(id, "Imported"));
        var refused = await _client.PostJsonAsync("/api/flows/import", TestFlows.Greeter(id, "Again"));
        var replaced = await _client.PostJsonAsync("/api/flows/import?replace=true", TestFlows.Greeter(id, "Replaced"));

        (await created.ShouldBeJsonAsync(HttpStatusCode.Created))["flow"].Text("name").ShouldBe("Imported");
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("flowId").ShouldBe(id);
        var body = await replaced.ShouldBeJsonAsync(HttpStatusCode.OK);
        body["flow"].Text("name").ShouldBe("Replaced");
        body["flow"].Number("revision").ShouldBe(2);
    }

    [Fact]
    public async Task RetractArchiveUnarchive_ChangeStatusAndWhatCanRun()
    {
        var id = TestFlows.NewId("retire");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var retracted = await (await _client.PostJsonAsync($"/api/flows/{id}/retract", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var runRetracted = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject { ["name"] = "x" } });
        var archived = await (await _client.PostJsonAsync($"/api/flows/{id}/archive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var publishArchived = await _client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject());
        var unarchived = await (await _client.PostJsonAsync($"/api/flows/{id}/unarchive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        retracted.Text("status").ShouldBe("draft");
        retracted["publishedVersion"].ShouldBeNull();
        await runRetracted.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        archived.Text("status").ShouldBe("archived");
        await publishArchived.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        unarchived.Text("status").ShouldBe("draft");
    }

    [Fact]
    public async Task ListFlows_FiltersBySearchAndStatus()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var draftId = $"list-{marker}-draft";
        var publishedId = $"list-{marker}-live";
        await _client.CreateAsync(TestFlows.Greeter(draftId));
        await _client.CreateAndPublishAsync(TestFlows.Greeter(publishedId));

        var all = (await (await _client.GetAsync($"/api/flows?search={marker}")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        var published = (await (await _client.GetAsync($"/api/flows?search={marker}&status=published")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
        var badStatus = await _client.GetAsync("/api/flows?status=sleeping");

        all.Select(f => f.Text("id")).Order().ShouldBe([draftId, publishedId]);
        published.Select(f => f.Text("id")).ShouldBe([publishedId]);
        all.ShouldAllBe(f => f!["draft"] == null);
        await badStatus.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ValidateStoredDraft_ReportsProblemsWithLocation()
    {
        var id = TestFlows.NewId("validate");
        await _client.CreateAsync(TestFlows.Broken(id));

        var report = await (await _client.PostJsonAsync($"/api/flows/{id}/validate", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        report["valid"]!.GetValue<bool>().ShouldBeFalse();
        var unknown = report["problems"]!.AsArray().Single(p => p.Text("code") == "unknown-activity");
        unknown.Text("severity").ShouldBe("error");
        unknown.Text("nodeId").ShouldBe("mystery");
        unknown.Text("path").ShouldNotBeNullOrWhiteSpace();
        unknown!.AsObject().ContainsKey("line").ShouldBeTrue();
        unknown!.AsObject().ContainsKey("column").ShouldBeTrue();
    }

    [Fact]
    public async Task ValidatePostedDefinition_ReturnsReportWithoutStoringIt()
    {
        var id = TestFlows.NewId("validate-posted");

        var good = await (await _client.PostJsonAsync("/api/flows/validate", TestFlows.Greeter(id))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var bad = await (await _client.PostJsonAsync("/api/flows/validate", TestFlows.Broken(id))).ShouldBeJsonAsync(HttpStatusCode.OK);

        good["valid"]!.GetValue<bool>().ShouldBeTrue();
        bad["valid"]!.GetValue<bool>().ShouldBeFalse();
        await (await _client.GetAsync($"/api/flows/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
