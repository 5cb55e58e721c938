using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Tests.Infrastructure;

/// <summary>A loopback Kestrel app standing in for an HTTP SMS gateway: records each request and answers as the test says.</summary>
internal sealed class GatewayReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private readonly CancellationTokenSource _stopping = new();

    private GatewayReceiver(WebApplication app) => _app = app;

    /// <summary>What the next requests get: status code and body (JSON). A null status holds the request until disposal.</summary>
    public (int? Status, string Body) Answer { get; set; } = (200, "{\"id\":\"gw-1\"}");

    public string Url { get; private set; } = "";

    public static async Task<GatewayReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new GatewayReceiver(app);
        app.Map("/send", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/send";
        return receiver;
    }

    public async Task<RecordedRequest> NextAsync() => await _requests.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Writer.TryWrite(new RecordedRequest(context.Request.Method, context.Request.QueryString.Value ?? "",
            context.Request.ContentType, context.Request.Headers.Authorization.ToString(), body));
        var (status, answer) = Answer;
        if (status is null)
        {
            try { await Task.Delay(Timeout.Infinite, _stopping.Token); }
            catch (OperationCanceledException) { }
            return;
        }
        context.Response.StatusCode = status.Value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    internal sealed record RecordedRequest(string Method, string Query, string? ContentType, string Authorization, string Body);
}
