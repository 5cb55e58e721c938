using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>
/// The server in memory. Everything it writes (SQLite file once the data layer stores there, plugins,
/// web root) lives in a temporary folder of its own, so tests never touch the repository's data folder.
/// Adds the <see cref="GateActivity"/> test activity; the built-in activities come from the server itself.
/// </summary>
public class FlowBuilderApiFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "flowbuilder-server-tests", Guid.NewGuid().ToString("N"));

    public FlowBuilderApiFactory()
    {
        Directory.CreateDirectory(WebRoot);
        Directory.CreateDirectory(DesignerFolder);
        Directory.CreateDirectory(TemplatesFolder);
    }

    public TestGate Gate { get; } = new();
    public string WebRoot => Path.Combine(_root, "wwwroot");
    public string PluginsPath => Path.Combine(_root, "plugins");
    public string DatabaseFile => Path.Combine(_root, "flowbuilder.db");
    public string MediaFolder => Path.Combine(_root, "media");

    /// <summary>The designer's folder (FlowBuilder:Server:DesignerPath), empty: put an index.html in it before the first client.</summary>
    public string DesignerFolder => Path.Combine(_root, "designer");

    /// <summary>The templates folder (FlowBuilder:Server:TemplatesPath), empty; read on every request.</summary>
    public string TemplatesFolder => Path.Combine(_root, "flow-templates");

    /// <summary>Replaces the server's clock when set (before the first client is created).</summary>
    protected virtual TimeProvider? Time => null;

    /// <summary>Extra configuration, applied before the server starts.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public FlowEngine Engine => Services.GetRequiredService<FlowEngine>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FlowBuilder:Database:ConnectionString", $"Data Source={DatabaseFile}");
        builder.UseSetting("FlowBuilder:PluginsPath", PluginsPath);
        builder.UseSetting("FlowBuilder:Media:Folder", MediaFolder);
        builder.UseSetting(WebHostDefaults.WebRootKey, WebRoot);
        builder.UseSetting("FlowBuilder:Server:DesignerPath", DesignerFolder);
        builder.UseSetting("FlowBuilder:Server:TemplatesPath", TemplatesFolder);
        builder.UseSetting(TestApiKeys.Setting, TestApiKeys.SystemAdministrator);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Gate);
            services.AddFlowBuilder(f => f.AddActivity<GateActivity>());
            if (Time is { } time) services.AddSingleton(time);
        });
    }

    /// <summary>Clients send the bootstrap system-administrator key (<see cref="TestApiKeys.SystemAdministrator"/>) unless
    /// <see cref="SignClients"/> is false.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (SignClients) TestApiKeys.Authorize(client);
    }

    /// <summary>Whether <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> clients carry the system-administrator key.</summary>
    protected virtual bool SignClients => true;

    public override async ValueTask DisposeAsync()
    {
        Gate.Open();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A database file still held open by a pooled connection; the temp folder is cleaned by the OS.
        }
        GC.SuppressFinalize(this);
    }
}
