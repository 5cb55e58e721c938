using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Cli.Tests;

public sealed class ServerCommandTests : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Import_SendsTheFileWithReplaceAndReportsTheFlow()
    {
        await using var server = await FakeServer.StartAsync(context =>
        {
            context.Response.StatusCode = 201;
            return context.Response.WriteAsJsonAsync(new
            {
                id = "greeting",
                validation = new { valid = true, problems = new[] { new { severity = "warning", code = "unreachable-node", path = "$.nodes[3]", nodeId = "short", message = "Nothing leads here." } } },
            });
        });
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("flows", "import", file, "--server", server.Url, "--replace");

        result.ExitCode.ShouldBe(0, result.ToString());
        server.Requests.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Method.ShouldBe("POST"),
            r => r.PathAndQuery.ShouldBe("/api/flows/import?replace=true"),
            r => r.Body.ShouldBe(TestFlows.Greeting));
        result.Output.ShouldContain($"{file}: imported as flow 'greeting'");
        result.Output.ShouldContain("warning unreachable-node at $.nodes[3] (node 'short'): Nothing leads here.");
    }

    [Fact]
    public async Task Import_ServerRefuses_PrintsTheProblemDetailsReadablyAndExitsOne()
    {
        await using var server = await FakeServer.StartAsync(context =>
        {
            context.Response.StatusCode = 409;
            return context.Response.WriteAsJsonAsync(new
            {
                type = "https://flowbuilder.dev/problems/flow-exists",
                title = "Flow 'greeting' already exists.",
                status = 409,
                detail = "Import with replace=true to replace its draft.",
                errors = new Dictionary<string, string[]> { ["$.id"] = ["The id is taken."] },
            }, options: null, contentType: "application/problem+json");
        });
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("flows", "import", file, "--server", server.Url);

        result.ExitCode.ShouldBe(1, result.ToString());
        server.Requests.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/api/flows/import?replace=false");
        result.Error.ShouldContain("error: the server answered 409 Conflict: Flow 'greeting' already exists.");
        result.Error.ShouldContain("  Import with replace=true to replace its draft.");
        result.Error.ShouldContain("  $.id: The id is taken.");
    }

    [Fact]
    public async Task Import_ServerUnreachable_SaysSoAndExitsTwo()
    {
        var url = $"http://127.0.0.1:{UnusedPort()}";
        var file = _files.Write("greeting.flow.json", TestFlows.Greeting);

        var result = await Cli.RunAsync("flows", "import", file, "--server", url);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain($"cannot reach the FlowBuilder server at {url}/");
    }

    [Fact]
    public async Task Export_WritesTheVersionToTheFile()
    {
        await using var server = await FakeServer.StartAsync(context => context.Response.WriteAsync(TestFlows.Greeting));
        var target = Path.Combine(_files.Path, "out.flow.json");

        var result = await Cli.RunAsync("flows", "export", "greeting", "--version", "3", "--out", target, "--server", server.Url);

        result.ExitCode.ShouldBe(0, result.ToString());
        server.Requests.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/api/flows/greeting/export?version=3");
        File.ReadAllText(target).Trim().ShouldBe(TestFlows.Greeting.Trim());
        result.Output.ShouldContain($"exported flow 'greeting' v3 to {target}");
    }

    [Fact]
    public async Task Export_UnknownFlow_PrintsTheProblemAndExitsOne()
    {
        await using var server = await FakeServer.StartAsync(context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/problem+json";
            return context.Response.WriteAsync("""{"title":"Flow 'ghost' not found.","status":404}""");
        });

        var result = await Cli.RunAsync("flows", "export", "ghost", "--server", server.Url);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("ghost: error: the server answered 404 Not Found: Flow 'ghost' not found.");
        result.Output.ShouldBeEmpty();
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _files.Dispose();
}
