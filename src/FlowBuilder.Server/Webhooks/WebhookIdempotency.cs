using System.Globalization;
using System.Security.Cryptography;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary><c>Idempotency-Key</c> on webhooks: the first request with a key runs and its answer is stored; a repeat
/// with the same body gets that answer again (<c>Idempotent-Replayed: true</c>), 409 while the first is still being
/// answered, 422 with a different body. Keys live <see cref="ServerOptions.IdempotencyKeyHours"/> per flow.</summary>
internal sealed class WebhookIdempotency(IWebhookIdempotencyStore store, IOptions<ServerOptions> options, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;

    /// <summary>The request's key (null without one), or a 400 when it is blank or too long.</summary>
    public static (string? Key, IResult? Error) ReadKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(HeaderName, out var values)) return (null, null);
        var key = values.ToString();
        if (string.IsNullOrWhiteSpace(key) || values.Count > 1)
            return (null, ApiProblems.BadRequest($"Header {HeaderName} must be one non-empty value of at most {MaxKeyLength} characters.", ("header", HeaderName)));
        if (key.Length > MaxKeyLength)
            return (null, ApiProblems.BadRequest($"Header {HeaderName} is {key.Length} characters long; use at most {MaxKeyLength} (a UUID is a good key).", ("header", HeaderName)));
        return (key, null);
    }

    /// <summary>Null when this request holds the key and should run; otherwise what to answer instead.</summary>
    public async Task<IResult?> ClaimAsync(TriggerBinding binding, string key, byte[] body, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var request = new IdempotentRequest(binding.CompanyId, binding.FlowId, key, hash, now, now + options.Value.IdempotencyKeyLifetime);
        // A request that never got an answer (the server stopped mid-way) frees its key after the webhook timeout and a minute.
        var abandonedBefore = now - options.Value.WebhookTimeout - TimeSpan.FromMinutes(1);
        var claim = await store.ClaimAsync(request, abandonedBefore, cancellationToken);
        if (claim.Claimed) return null;
        var earlier = claim.Existing!;
        if (earlier.BodyHash != hash)
            return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                $"{HeaderName} '{key}' was already used on flow '{binding.FlowId}' with a different body. Use a new key for a different request.",
                ("idempotencyKey", key));
        if (earlier.StatusCode is null)
        {
            var retryAfter = Math.Max(1, (int)Math.Ceiling(options.Value.WebhookTimeoutSeconds));
            return new HeaderedResult(ApiProblems.Conflict("Request in progress",
                $"The first request with {HeaderName} '{key}' on flow '{binding.FlowId}' is still being answered. Send it again after {retryAfter} s to get its answer.",
                ("idempotencyKey", key), ("instanceId", earlier.InstanceId)), "Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture));
        }
        return new IdempotentReplayResult(earlier);
    }

    /// <summary>Frees the key of a request that failed before starting anything.</summary>
    public Task ReleaseAsync(TriggerBinding binding, string key) => store.ReleaseAsync(binding.CompanyId, binding.FlowId, key, CancellationToken.None).AsTask();

    /// <summary>Sends <paramref name="answer"/> and stores it as the key's answer.</summary>
    public IResult Record(TriggerBinding binding, string key, string instanceId, IResult answer) =>
        new RecordedResult(answer, (status, contentType, body) =>
            store.CompleteAsync(binding.CompanyId, binding.FlowId, key, instanceId, status, contentType, body, CancellationToken.None).AsTask());
}
