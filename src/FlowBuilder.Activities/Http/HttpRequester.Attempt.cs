using System.Net.Http.Headers;
using System.Text;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Activities.Http;

internal sealed partial class HttpRequester
{
    /// <summary>One try: a fresh message (a sent one cannot be sent again), the body read up to the limit.</summary>
    private async Task<OutboundHttpResponse> AttemptAsync(OutboundHttpRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method.ToUpperInvariant()), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is { Length: > 0 } contentType) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        foreach (var (name, value) in request.Headers)
        {
            if (message.Headers.TryAddWithoutValidation(name, value)) continue;
            message.Content ??= new ByteArrayContent([]);
            message.Content.Headers.Remove(name);
            if (!message.Content.Headers.TryAddWithoutValidation(name, value))
                throw new ArgumentException($"Header '{name}' cannot be sent with this request.", nameof(request));
        }
        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers) headers[name] = string.Join(", ", values);
        foreach (var (name, values) in response.Content.Headers) headers[name] = string.Join(", ", values);
        var bytes = await ReadLimitedAsync(request.Url, response.Content, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType;
        var encoding = Encoding.UTF8;
        if (mediaType?.CharSet is { Length: > 0 } charset)
        {
            try { encoding = Encoding.GetEncoding(charset.Trim('"')); }
            catch (ArgumentException) { /* an unknown charset is read as UTF-8 */ }
        }
        return new OutboundHttpResponse((int)response.StatusCode, headers, encoding.GetString(bytes), mediaType?.MediaType, 0, TimeSpan.Zero);
    }

    private async Task<byte[]> ReadLimitedAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (content.Headers.ContentLength > limit) throw new ResponseTooLargeException(url, limit);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) throw new ResponseTooLargeException(url, limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private sealed class AttemptState(HttpRequester owner, OutboundHttpRequest request)
    {
        public HttpRequester Owner { get; } = owner;
        public OutboundHttpRequest Request { get; } = request;
        public int Attempts;
    }
}
