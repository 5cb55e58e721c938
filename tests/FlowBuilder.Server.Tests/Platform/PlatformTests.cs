using System.Net;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Platform;

public sealed class PlatformTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task OpenApiDocument_IsServed_AndDescribesTheApi()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json")).ShouldBeJsonAsync(HttpStatusCode.OK);

        document.Text("openapi").ShouldStartWith("3.");
        var paths = document["paths"]!.AsObject();
        paths.ShouldContainKey("/api/flows");
        paths.ShouldContainKey("/api/flows/{id}/publish");
        paths.ShouldContainKey("/api/flows/{id}/run");
        paths.ShouldContainKey("/api/instances/{id}/stimuli");
        paths.ShouldContainKey("/api/activities");
    }

    [Fact]
    public async Task Activities_ListsDescriptorsWithEveryField()
    {
        var activities = (await (await _client.GetAsync("/api/activities")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();

        var end = activities.Single(a => a.Text("typeId") == "control.end@1")!;
        end.Text("type").ShouldBe("control.end");
        end.Number("version").ShouldBe(1);
        end.Text("category").ShouldBe("Control");
        end.Text("displayName").ShouldBe("End");
        end.Text("source").ShouldBe("built-in");
        end["inputSchema"]!["properties"]!.AsObject().ShouldContainKey("result");
        foreach (var field in new[] { "description", "outcomes", "dynamicOutcomes", "outputs", "waits", "isTrigger" })
            end.AsObject().ShouldContainKey(field);
        activities.Single(a => a.Text("type") == "control.wait-for-event")!["waits"]!.GetValue<bool>().ShouldBeTrue();
        activities.ShouldContain(a => a.Text("type") == "http.response");
        activities.ShouldContain(a => a.Text("type") == "test.gate");
    }

    [Fact]
    public async Task FlowSchema_IsServed()
    {
        var response = await _client.GetAsync("/api/schema/flow");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/schema+json");
        var schema = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain("nodes");
    }

    [Fact]
    public async Task Health_StoreAnswers_ReturnsOk()
    {
        var health = await (await _client.GetAsync("/health")).ShouldBeJsonAsync(HttpStatusCode.OK);

        health.Text("status").ShouldBe("ok");
    }

    [Fact]
    public async Task Home_WithoutDesigner_PointsToOpenApiAndActivities()
    {
        var home = await (await _client.GetAsync("/")).ShouldBeJsonAsync(HttpStatusCode.OK);

        home.Text("openApi").ShouldBe("/openapi/v1.json");
        home.Text("activities").ShouldBe("/api/activities");
    }

    [Fact]
    public void Plugins_AreLoadedFromTheConfiguredFolder()
    {
        var loader = factory.Services.GetRequiredService<PluginLoader>();

        loader.Folder.ShouldBe(Path.GetFullPath(factory.PluginsPath));
        loader.Failures.ShouldBeEmpty();
    }
}
