using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Cli.Tests;

/// <summary>The real FlowBuilder server on a free loopback port, with its SQLite database in a temp folder.</summary>
internal sealed class RealServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _folder;

    private RealServer(WebApplication app, TempFolder folder)
    {
        _app = app;
        _folder = folder;
    }

    /// <summary>The system-administrator key the server is bootstrapped with; the CLI under test reads it from FLOWBUILDER_API_KEY.</summary>
    public const string ApiKey = "fbk_clitestadmin_Q0xJIHRlc3RzIHNpZ24gdGhlaXIgcmVxdWVzdHMgd2l0aCB0aGlz";

    public string Url => _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

    public HttpClient Client { get; private set; } = null!;

    public static async Task<RealServer> StartAsync()
    {
        var folder = new TempFolder();
        var app = ServerApp.Build([
            "--urls", "http://127.0.0.1:0",
            $"--FlowBuilder:Database:ConnectionString=Data Source={Path.Combine(folder.Path, "flowbuilder.db")}",
            $"--FlowBuilder:PluginsPath={Path.Combine(folder.Path, "plugins")}",
            $"--FlowBuilder:Media:Folder={Path.Combine(folder.Path, "media")}",
            "--FlowBuilder:Logging:MinimumLevel:Default=Warning",
            $"--FlowBuilder:Accounts:Bootstrap:ApiKey={ApiKey}",
        ]);
        Environment.SetEnvironmentVariable("FLOWBUILDER_API_KEY", ApiKey);
        await app.StartAsync();
        var server = new RealServer(app, folder);
        server.Client = new HttpClient { BaseAddress = new Uri(server.Url) };
        server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        return server;
    }

    public async Task<string> CreateGroupAsync(params JsonObject[] fields)
    {
        var response = await Client.PostAsJsonAsync("/api/groups", new JsonObject { ["name"] = "Debtors", ["fields"] = new JsonArray(fields) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
