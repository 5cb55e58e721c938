using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Durability.Tests;

/// <summary>A subscriber on 127.0.0.1:<c>port</c> that answers 200 to every notification (or, while <see cref="Hold"/>
/// is set, never answers), checks its signature, and keeps every one it got (so duplicates show).</summary>
internal sealed class LoopbackSubscriber : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string EventId, JsonObject Body, SignatureCheck Signature)> _received = [];
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoopbackSubscriber(WebApplication app, string secret)
    {
        _app = app;
        app.MapPost("/hooks", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var check = WebhookSignature.Verify(context.Request.Headers[WebhookSignature.HeaderName], secret, body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
            lock (_received) _received.Add((context.Request.Headers["X-FlowBuilder-Event-Id"].ToString(), JsonNode.Parse(body)!.AsObject(), check));
            _first.TrySetResult();
            if (Hold)
            {
                // Keep the sender waiting until it goes away (the test kills it).
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            context.Response.StatusCode = 200;
        });
    }

    public Task FirstReceived => _first.Task;

    /// <summary>While true, requests are received but never answered: the delivery stays in flight on the sender.</summary>
    public bool Hold { get; set; }

    public IReadOnlyList<(string EventId, JsonObject Body, SignatureCheck Signature)> Received
    {
        get
        {
            lock (_received) return _received.ToList();
        }
    }

    public static async Task<LoopbackSubscriber> StartAsync(int port, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var subscriber = new LoopbackSubscriber(builder.Build(), secret);
        await subscriber._app.StartAsync();
        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
