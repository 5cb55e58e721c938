using System.Net.Http.Headers;
using System.Text;
using FlowBuilder.Data.Notifications;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Server.Notifications;

internal sealed partial class NotificationDispatcher
{
    public const string EventIdHeader = "X-FlowBuilder-Event-Id";
    public const string EventTypeHeader = "X-FlowBuilder-Event-Type";
    public const string AttemptHeader = "X-FlowBuilder-Delivery-Attempt";
    public const string DeliveryIdHeader = "X-FlowBuilder-Delivery-Id";

    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            var result = await AttemptAsync(delivery, stoppingToken).ConfigureAwait(false);
            if (result is not null) _results.Writer.TryWrite(result);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Sending event delivery {DeliveryId} failed unexpectedly; it stays in flight until its lease runs out", delivery.Id);
        }
        finally
        {
            // Wake the claim loop once half the slots are free, not on every send, so claims stay batched.
            if (Interlocked.Decrement(ref _active) <= Math.Max(1, _options.Concurrency) / 2) _signal.Wake();
        }
    }

    /// <summary>One POST; null when the server is stopping (the delivery stays in flight and is sent again at startup).</summary>
    private async Task<AttemptResult?> AttemptAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var at = _time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Create(delivery.Secret, at, body));
        request.Headers.TryAddWithoutValidation(EventIdHeader, delivery.EventId);
        request.Headers.TryAddWithoutValidation(EventTypeHeader, delivery.EventType);
        request.Headers.TryAddWithoutValidation(AttemptHeader, delivery.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(DeliveryIdHeader, delivery.Id);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        var started = _time.GetTimestamp();
        int? status = null;
        string? error = null;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (status is < 200 or > 299) error = $"The subscriber answered {status} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException)
        {
            error = $"No answer within {_options.Timeout.TotalSeconds:0.###} s.";
        }
        catch (HttpRequestException failure)
        {
            error = failure.Message;
        }
        var duration = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        if (error is null) return new AttemptResult(delivery.Id, delivery.Attempt, at, status, null, duration, DeliveryStatuses.Delivered, at);
        if (delivery.Attempt >= _options.MaxAttempts)
        {
            _logger.LogWarning("Event delivery {DeliveryId} ({EventType} to {Url}) is dead after {Attempts} attempts: {Error}", delivery.Id, delivery.EventType, delivery.Url, delivery.Attempt, error);
            return new AttemptResult(delivery.Id, delivery.Attempt, at, status, error, duration, DeliveryStatuses.Dead, at);
        }
        var next = _time.GetUtcNow() + RetrySchedule.After(delivery.Attempt, _options.FirstRetryDelay, _options.MaxRetryDelay);
        return new AttemptResult(delivery.Id, delivery.Attempt, at, status, error, duration, DeliveryStatuses.Pending, next);
    }
}
