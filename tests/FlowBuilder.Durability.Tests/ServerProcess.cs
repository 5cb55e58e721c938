using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Nodes;
using FlowBuilder.Testing;

namespace FlowBuilder.Durability.Tests;

/// <summary>The real FlowBuilder server as a child process on a loopback port, over a SQLite file.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = TestApiKeys.Authorize(new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    /// <param name="environment">Extra environment variables (configuration such as <c>FlowBuilder__Notifications__MaxAttempts</c>).</param>
    public static async Task<ServerProcess> StartAsync(string dataFolder, int port, IReadOnlyDictionary<string, string>? environment = null)
    {
        var serverDll = typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerAssembly").Value!;
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(serverDll), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FlowBuilder__Database__Provider"] = "sqlite";
        start.Environment["FlowBuilder__Database__ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "flowbuilder.db")}";
        start.Environment["FlowBuilder__PluginsPath"] = Path.Combine(dataFolder, "plugins");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment[TestApiKeys.EnvironmentVariable] = TestApiKeys.SystemAdministrator;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Saves <paramref name="flow"/> and publishes it, as a designer user would.</summary>
    public async Task PublishAsync(object flow, string flowId)
    {
        (await Client.PostAsJsonAsync("api/flows", flow)).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"api/flows/{flowId}/publish", new { note = "durability test" })).EnsureSuccessStatusCode();
    }

    /// <summary>GETs <paramref name="path"/> every <paramref name="every"/> until the answer satisfies
    /// <paramref name="until"/>, and returns that answer. Another process: polling its API is the only way to see its
    /// state settle. Throws <see cref="TimeoutException"/> with the last answer and the server's output after
    /// <paramref name="within"/>.</summary>
    public async Task<JsonObject> PollAsync(string path, Func<JsonObject, bool> until, TimeSpan within, TimeSpan every)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        JsonObject? answer = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            answer = await Client.GetFromJsonAsync<JsonObject>(path);
            if (until(answer!)) return answer!;
            await Task.Delay(every);
        }
        throw new TimeoutException($"GET {path} did not reach the state the test waited for within {within.TotalSeconds} s; last answer: {answer?.ToJsonString()}\n{Output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await Client.GetAsync("health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server did not become healthy within 60 s:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush — the crash the durability test is about.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        Client.Dispose();
        _process.Dispose();
    }
}
