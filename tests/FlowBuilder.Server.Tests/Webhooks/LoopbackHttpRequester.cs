using System.Diagnostics;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>A plain HttpClient behind the <see cref="IHttpRequester"/> port (the product's own requester is built
/// elsewhere); one attempt, the request's timeout.</summary>
internal sealed class LoopbackHttpRequester : IHttpRequester, IDisposable
{
    private readonly HttpClient _client = new();

    public async Task<OutboundHttpResponse> SendAsync(OutboundHttpRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            if (request.ContentType is { } contentType) message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        using var response = await _client.SendAsync(message, timeout.Token);
        var text = await response.Content.ReadAsStringAsync(timeout.Token);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new OutboundHttpResponse((int)response.StatusCode, headers, text, response.Content.Headers.ContentType?.ToString(), 1, Stopwatch.GetElapsedTime(started));
    }

    public void Dispose() => _client.Dispose();
}
