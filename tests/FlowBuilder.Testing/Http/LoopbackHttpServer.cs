using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Testing.Http;

/// <summary>
/// A real HTTP peer for tests: Kestrel on 127.0.0.1 (a free port unless one is given). Every request is read whole,
/// recorded in <see cref="Requests"/> (before it is answered, so a held request already shows), then answered by
/// <see cref="Handler"/> (200 with no body by default). Specialised peers (signature checks, scripted answers, routes)
/// are handlers or thin wrappers over this one server.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    /// <summary>How long <see cref="NextAsync"/> waits unless told otherwise.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private LoopbackHttpServer(WebApplication app) => _app = app;

    /// <summary>Answers one request: the HTTP context to write the response to, and the request as recorded.</summary>
    public Func<HttpContext, RecordedRequest, Task> Handler { get; set; } = (_, _) => Task.CompletedTask;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public ArrivalLog<RecordedRequest> Requests { get; } = new();

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Received => Requests.Items;

    /// <summary>Cancelled when the server is disposed: a handler holding a request open can wait on it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <param name="handler">How to answer each request (see <see cref="Handler"/>).</param>
    /// <param name="port">0 (the default) for a free port; a fixed port when the client was configured beforehand.</param>
    public static async Task<LoopbackHttpServer> StartAsync(Func<HttpContext, RecordedRequest, Task>? handler = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var server = new LoopbackHttpServer(builder.Build());
        if (handler is not null) server.Handler = handler;
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of <paramref name="path"/> on this server.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>The next request in arrival order (each is handed out once), waiting up to <paramref name="within"/>
    /// (<see cref="DefaultPatience"/> by default).</summary>
    public Task<RecordedRequest> NextAsync(TimeSpan? within = null) => Requests.NextAsync(within ?? DefaultPatience);

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", request.ContentType, headers, body.ToArray());
        Requests.Add(recorded);
        await Handler(context, recorded);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
