using System.Collections.Concurrent;
using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>
/// A <see cref="LoopbackHttpServer"/> that answers each request with the next scripted reply (200 with an empty JSON
/// object once the script runs out). Tests wait on <see cref="NextAsync"/> rather than sleeping.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoopbackReceiver(LoopbackHttpServer server) => _server = server;

    public Uri BaseUrl => _server.BaseUrl;

    public IReadOnlyList<RecordedRequest> Received => _server.Received;

    /// <summary>Completes when a client gave up on a held request (its connection was aborted).</summary>
    public Task Aborted => _aborted.Task;

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var receiver = new LoopbackReceiver(await LoopbackHttpServer.StartAsync());
        receiver._server.Handler = receiver.AnswerAsync;
        return receiver;
    }

    public string Url(string path) => _server.Url(path);

    public void Reply(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    /// <summary>The next request to arrive (in order), waiting for it if need be.</summary>
    public Task<RecordedRequest> NextAsync() => _server.NextAsync();

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        var reply = _script.TryDequeue(out var next) ? next : ScriptedReply.Json(200, "{}");
        if (reply.Hold is { } hold)
        {
            try
            {
                await hold.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _aborted.TrySetResult();
                return;
            }
        }
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
        if (reply.ContentType is not null) context.Response.ContentType = reply.ContentType;
        if (reply.Body is not null) await context.Response.WriteAsync(reply.Body);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
