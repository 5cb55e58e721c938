using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Templates;

public sealed class TemplatesApiTests : IAsyncLifetime
{
    private readonly FlowBuilderApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await WriteTemplateAsync("order-hook", """
            {
              "id": "order-hook", "name": "Order webhook", "description": "Confirms orders.",
              "trigger": { "type": "webhook", "path": "orders/new" },
              "nodes": [
                { "id": "log", "type": "control.log@1", "inputs": { "message": "Order +1 café" } },
                { "id": "end", "type": "control.end@1" }
              ],
              "edges": [ { "from": "log", "outcome": "done", "to": "end" } ]
            }
            """);
        await WriteTemplateAsync("answer", """
            { "id": "answer", "name": "Answer machine", "nodes": [ { "id": "end", "type": "control.end@1" } ], "edges": [] }
            """);
        await File.WriteAllTextAsync(Path.Combine(_factory.TemplatesFolder, "notes.json"), "{}");
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ListTemplates_ListsEveryFlowFileSortedByName()
    {
        var templates = (await (await _client.GetAsync("/api/templates")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();

        templates.Select(t => t.Text("id")).ShouldBe(new[] { "answer", "order-hook" });
        var order = templates[1]!;
        order.Text("name").ShouldBe("Order webhook");
        order.Text("description").ShouldBe("Confirms orders.");
        order.Text("trigger").ShouldBe("webhook");
        order.Number("nodeCount").ShouldBe(2);
        templates[0]!["trigger"].ShouldBeNull();
        templates[0]!["description"].ShouldBeNull();
    }

    [Fact]
    public async Task GetTemplate_ReturnsItsFlowDefinition()
    {
        var flow = await (await _client.GetAsync("/api/templates/order-hook")).ShouldBeJsonAsync(HttpStatusCode.OK);

        flow.Text("id").ShouldBe("order-hook");
        flow["trigger"].Text("type").ShouldBe("webhook");
        flow["nodes"]!.AsArray().Select(n => n.Text("id")).ShouldBe(new[] { "log", "end" });
        flow["nodes"]![0]!["inputs"].Text("message").ShouldBe("Order +1 café");
        flow["edges"]!.AsArray().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("no-such-template")]
    [InlineData("notes")]
    public async Task GetTemplate_Unknown_Returns404NamingIt(string id)
    {
        var problem = await (await _client.GetAsync($"/api/templates/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Text("templateId").ShouldBe(id);
        problem.Text("detail").ShouldContain($"'{id}'");
    }

    [Fact]
    public async Task ListTemplates_FolderMissing_ReturnsEmptyList()
    {
        Directory.Delete(_factory.TemplatesFolder, recursive: true);

        var templates = await (await _client.GetAsync("/api/templates")).ShouldBeJsonAsync(HttpStatusCode.OK);

        templates.AsArray().ShouldBeEmpty();
    }

    private Task WriteTemplateAsync(string id, string json) =>
        File.WriteAllTextAsync(Path.Combine(_factory.TemplatesFolder, id + ".flow.json"), json);
}
