using FlowBuilder.Data.Webhooks;

namespace FlowBuilder.Server.Webhooks;

/// <summary>The stored answer of the first request with an idempotency key, sent again with <c>Idempotent-Replayed: true</c>.</summary>
internal sealed class IdempotentReplayResult(IdempotentRequest stored) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = stored.StatusCode ?? StatusCodes.Status200OK;
        response.Headers[WebhookIdempotency.ReplayedHeader] = "true";
        if (stored.StatusCode == StatusCodes.Status202Accepted && stored.InstanceId is { } instanceId) response.Headers.Location = $"/api/instances/{instanceId}";
        if (stored.ContentType is { } contentType) response.ContentType = contentType;
        var body = stored.Body ?? [];
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
