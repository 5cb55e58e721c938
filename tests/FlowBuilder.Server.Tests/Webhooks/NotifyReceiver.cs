using System.Text.Json.Nodes;
using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>A <see cref="LoopbackHttpServer"/> standing in for the system Wait for Callback notifies:
/// <c>POST /notify</c> records the JSON body and answers <see cref="StatusCode"/>; anything else is 404.</summary>
internal sealed class NotifyReceiver : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly ArrivalLog<JsonNode> _received = new(n => n.ToJsonString());

    private NotifyReceiver(LoopbackHttpServer server) => _server = server;

    public int StatusCode { get; set; } = 200;

    /// <summary>Run with each notification before it is answered (e.g. to call back at once).</summary>
    public Func<JsonNode, Task>? BeforeAnswer { get; set; }

    public string NotifyUrl => _server.Url("notify");

    public static async Task<NotifyReceiver> StartAsync()
    {
        var receiver = new NotifyReceiver(await LoopbackHttpServer.StartAsync());
        receiver._server.Handler = receiver.AnswerAsync;
        return receiver;
    }

    public Task<JsonNode> NextAsync() => _received.NextAsync(LoopbackHttpServer.DefaultPatience);

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Method != HttpMethods.Post || request.Path != "/notify")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var body = JsonNode.Parse(request.Body)!;
        _received.Add(body);
        if (BeforeAnswer is { } before) await before(body);
        context.Response.StatusCode = StatusCode;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
