using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Messaging.Tests.Infrastructure;

/// <summary>A <see cref="LoopbackHttpServer"/> standing in for an HTTP SMS gateway at <c>/send</c>: records each request
/// and answers as the test says.</summary>
internal sealed class GatewayReceiver : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;

    private GatewayReceiver(LoopbackHttpServer server) => _server = server;

    /// <summary>What the next requests get: status code and body (JSON). A null status holds the request until disposal.</summary>
    public (int? Status, string Body) Answer { get; set; } = (200, "{\"id\":\"gw-1\"}");

    public string Url => _server.Url("send");

    public static async Task<GatewayReceiver> StartAsync()
    {
        var receiver = new GatewayReceiver(await LoopbackHttpServer.StartAsync());
        receiver._server.Handler = receiver.AnswerAsync;
        return receiver;
    }

    public Task<RecordedRequest> NextAsync() => _server.NextAsync(TestLimits.Network);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        var (status, answer) = Answer;
        if (status is null)
        {
            try { await Task.Delay(Timeout.Infinite, _server.Stopping); }
            catch (OperationCanceledException) { }
            return;
        }
        context.Response.StatusCode = status.Value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }
}
