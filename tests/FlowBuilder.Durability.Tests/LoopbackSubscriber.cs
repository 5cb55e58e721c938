using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Durability.Tests;

/// <summary>A subscriber on 127.0.0.1:<c>port</c> (a <see cref="LoopbackHttpServer"/>) that answers 200 to every
/// notification (or, while <see cref="Hold"/> is set, never answers), checks its signature, and keeps every one it got
/// (so duplicates show).</summary>
internal sealed class LoopbackSubscriber : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly string _secret;
    private readonly ArrivalLog<(string EventId, JsonObject Body, SignatureCheck Signature)> _received = new();

    private LoopbackSubscriber(LoopbackHttpServer server, string secret)
    {
        _server = server;
        _secret = secret;
    }

    public Task FirstReceived => _received.WaitForCountAsync(1, Timeout.InfiniteTimeSpan);

    /// <summary>While true, requests are received but never answered: the delivery stays in flight on the sender.</summary>
    public bool Hold { get; set; }

    public IReadOnlyList<(string EventId, JsonObject Body, SignatureCheck Signature)> Received => _received.Items;

    public static async Task<LoopbackSubscriber> StartAsync(int port, string secret)
    {
        var subscriber = new LoopbackSubscriber(await LoopbackHttpServer.StartAsync(port: port), secret);
        subscriber._server.Handler = subscriber.AnswerAsync;
        return subscriber;
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Method != HttpMethods.Post || request.Path != "/hooks")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var check = WebhookSignature.Verify(request.Header(WebhookSignature.HeaderName), _secret, request.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        _received.Add((request.Header("X-FlowBuilder-Event-Id") ?? "", JsonNode.Parse(request.Body)!.AsObject(), check));
        if (Hold)
        {
            // Keep the sender waiting until it goes away (the test kills it) or the subscriber is disposed.
            using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _server.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, gone.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        context.Response.StatusCode = 200;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
