using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Messaging.Encoding;
using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.HttpGateway;

/// <summary>Sends each message as one HTTP request to a generic SMS gateway: 2xx = accepted (the id read from the
/// answer), 4xx = rejected, 5xx, timeout or no connection = unavailable. Receipts and inbound messages come back
/// through <c>POST /hooks/sms/receipts</c> and <c>/hooks/sms/inbound</c>, which call <see cref="ReportReceiptAsync"/>
/// and <see cref="ReportInboundAsync"/>.</summary>
public sealed class HttpGatewayTransport : ISmsTransport, ISmsTransportCounters
{
    private const int MaxErrorText = 500;

    private readonly HttpGatewayOptions _options;
    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpGatewayTransport> _logger;
    private volatile ISmsTransportSink? _sink;
    private volatile SmsTransportState _state = SmsTransportState.Stopped;
    private long _submitted, _accepted, _rejected, _unavailable, _receipts, _inbound;

    public HttpGatewayTransport(IOptions<HttpGatewayOptions> options, TimeProvider time, ILogger<HttpGatewayTransport> logger)
        : this(options, time, logger, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    internal HttpGatewayTransport(IOptions<HttpGatewayOptions> options, TimeProvider time, ILogger<HttpGatewayTransport> logger, HttpMessageHandler handler)
    {
        _options = options.Value;
        _options.Validate();
        _time = time;
        _logger = logger;
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public string Name => "http";

    public SmsTransportState State => _state;

    public HttpGatewayOptions Options => _options;

    public SmsTransportCounters Counters => new(
        Interlocked.Read(ref _submitted), Interlocked.Read(ref _accepted), Interlocked.Read(ref _rejected), Interlocked.Read(ref _unavailable),
        Interlocked.Read(ref _receipts), Interlocked.Read(ref _inbound), 0, 0);

    public Task StartAsync(ISmsTransportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
        _state = SmsTransportState.Ready;
        return Task.CompletedTask;
    }

    public async Task<SmsSubmitResult> SubmitAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _submitted);
        var result = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (result.Status == SmsSubmitStatus.Accepted) Interlocked.Increment(ref _accepted);
        else if (result.Status == SmsSubmitStatus.Rejected) Interlocked.Increment(ref _rejected);
        else Interlocked.Increment(ref _unavailable);
        if (result.Status != SmsSubmitStatus.Accepted)
            _logger.LogWarning("HTTP SMS gateway: {Reference} to {To} {Status}: {Error}", message.Reference, message.To, result.Status, result.Error);
        return result;
    }

    /// <summary>Hands a receipt from the gateway's callback to the sink. False when the transport is not started yet
    /// (the callback should then be answered with an error so the gateway tries again).</summary>
    public async Task<bool> ReportReceiptAsync(string messageId, string status, string? error, string? raw, CancellationToken cancellationToken)
    {
        if (_sink is not { } sink) return false;
        var state = DeliveryStatusWords.FromWord(status) ?? SmsDeliveryState.Unknown;
        await sink.OnReceiptAsync(new SmsReceipt(messageId, state, error, _time.GetUtcNow(), raw), cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _receipts);
        return true;
    }

    /// <summary>Hands an inbound message from the gateway's callback to the sink; false when not started.</summary>
    public async Task<bool> ReportInboundAsync(string from, string to, string text, CancellationToken cancellationToken)
    {
        if (_sink is not { } sink) return false;
        await sink.OnInboundAsync(new InboundSms(from, to, text, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _inbound);
        return true;
    }

    /// <summary>Whether a status word is one this gateway understands (others are reported as Unknown).</summary>
    public static bool IsKnownStatus(string status) => DeliveryStatusWords.FromWord(status) is not null;

    public ValueTask DisposeAsync()
    {
        _state = SmsTransportState.Stopped;
        _sink = null;
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SmsSubmitResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = BuildRequest(message);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var code = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (response.IsSuccessStatusCode)
            {
                var id = ReadMessageId(body) ?? message.Reference ?? "";
                return SmsSubmitResult.Accepted([id]);
            }
            var reason = $"The SMS gateway answered {code} {response.ReasonPhrase}: {ErrorText(body)}";
            return (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != System.Net.HttpStatusCode.TooManyRequests
                && response.StatusCode != System.Net.HttpStatusCode.RequestTimeout
                ? SmsSubmitResult.Rejected(reason, code)
                : SmsSubmitResult.Unavailable(reason, code);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return SmsSubmitResult.Unavailable($"The SMS gateway at {_options.Url} did not answer within {_options.TimeoutSeconds} s.", "timeout");
        }
        catch (HttpRequestException e)
        {
            return SmsSubmitResult.Unavailable($"The SMS gateway at {_options.Url} could not be reached: {e.Message}", "connection");
        }
    }

    private HttpRequestMessage BuildRequest(OutboundSms message)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new(_options.FromField, message.From),
            new(_options.ToField, message.To),
            new(_options.TextField, message.Text),
        };
        if (!string.IsNullOrEmpty(_options.ReferenceField) && message.Reference is not null)
            fields.Add(new(_options.ReferenceField, message.Reference));
        var method = new HttpMethod(_options.Method.ToUpperInvariant());
        HttpRequestMessage request;
        if (method == HttpMethod.Get)
        {
            var query = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            var separator = _options.Url.Contains('?') ? "&" : "?";
            request = new HttpRequestMessage(method, _options.Url + separator + query);
        }
        else
        {
            request = new HttpRequestMessage(method, _options.Url)
            {
                Content = _options.Format.Equals("form", StringComparison.OrdinalIgnoreCase)
                    ? new FormUrlEncodedContent(fields)
                    : new StringContent(JsonSerializer.Serialize(fields.ToDictionary(f => f.Key, f => f.Value)), System.Text.Encoding.UTF8, "application/json"),
            };
        }
        if (!string.IsNullOrEmpty(_options.Authorization)) request.Headers.TryAddWithoutValidation("Authorization", _options.Authorization);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private string? ReadMessageId(string body)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(body); }
        catch (JsonException) { return null; }
        if (root is not JsonObject) return null;
        string[] candidates = string.IsNullOrEmpty(_options.MessageIdField) ? ["id", "messageId", "message_id"] : [_options.MessageIdField];
        foreach (var path in candidates)
        {
            JsonNode? node = root;
            foreach (var segment in path.Split('.'))
                node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
            if (node is JsonValue value)
                return value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
        }
        return null;
    }

    private static string ErrorText(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "(no body)";
        try
        {
            if (JsonNode.Parse(body) is JsonObject o)
                foreach (var key in new[] { "error", "message", "detail", "title", "description" })
                    if (o.TryGetPropertyValue(key, out var node) && node is not null)
                        return Trim(node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString());
        }
        catch (JsonException)
        {
        }
        return Trim(body);

        static string Trim(string text) => text.Length <= MaxErrorText ? text.Trim() : text[..MaxErrorText] + "…";
    }
}
