using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

/// <summary>
/// A local HTTP server on 127.0.0.1 playing the Azure Speech endpoint: it records each request and answers through
/// the given responder. <see cref="Held"/> is a gate a responder can await to keep a request hanging until disposal.
/// </summary>
internal sealed class AzureSpeechStandIn : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<StandInRequest, HttpListenerResponse, Task> _respond;
    private readonly TaskCompletionSource<StandInRequest> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentBag<Task> _handlers = [];
    private readonly Task _serving;

    public AzureSpeechStandIn(Func<StandInRequest, HttpListenerResponse, Task> respond)
    {
        _respond = respond;
        BaseUri = Listen();
        _serving = ServeAsync();
    }

    public Uri BaseUri { get; }

    /// <summary>Completes when the first request has been read.</summary>
    public Task<StandInRequest> Received => _received.Task;

    /// <summary>Completes when the stand-in is disposed.</summary>
    public Task Held => _release.Task;

    /// <summary>A port no one listens on, for connection failures.</summary>
    public static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static Func<StandInRequest, HttpListenerResponse, Task> Status(int status, string body = "", string? retryAfter = null) =>
        async (_, response) =>
        {
            response.StatusCode = status;
            if (retryAfter is not null) response.AddHeader("Retry-After", retryAfter);
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes);
        };

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        // Close only: after Stop, the managed HttpListener's Close re-binds the port to unregister it, which fails
        // when another test has taken that port meanwhile.
        _listener.Close();
        await _serving;
        await Task.WhenAll(_handlers);
    }

    private Uri Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var prefix = $"http://127.0.0.1:{UnusedPort()}/";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(prefix);
            try
            {
                _listener.Start();
                return new Uri(prefix);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and listening; try another.
            }
        }
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _handlers.Add(HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new StandInRequest(
                context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers, await reader.ReadToEndAsync());
            _received.TrySetResult(request);
            await _respond(request, context.Response);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (e.g. its timeout) before the answer was written.
        }
    }
}
