using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>A real HTTP server on 127.0.0.1 (random port) standing in for the system Wait for Callback notifies:
/// <c>POST /notify</c> records the JSON body and answers <see cref="StatusCode"/>.</summary>
internal sealed class NotifyReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonNode> _received = Channel.CreateUnbounded<JsonNode>();

    private NotifyReceiver(WebApplication app) => _app = app;

    public int StatusCode { get; set; } = 200;

    /// <summary>Run with each notification before it is answered (e.g. to call back at once).</summary>
    public Func<JsonNode, Task>? BeforeAnswer { get; set; }

    public string NotifyUrl => $"{_app.Urls.First()}/notify";

    public static async Task<NotifyReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new NotifyReceiver(app);
        app.MapPost("/notify", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            receiver._received.Writer.TryWrite(body!);
            if (receiver.BeforeAnswer is { } before) await before(body!);
            return Results.StatusCode(receiver.StatusCode);
        });
        await app.StartAsync();
        return receiver;
    }

    public async Task<JsonNode> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
