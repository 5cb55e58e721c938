namespace FlowBuilder.Data.Webhooks;

/// <summary>A webhook request seen with an <c>Idempotency-Key</c>: the hash of its body, the instance it started and,
/// once known, the answer it got (replayed to repeats).</summary>
public sealed record IdempotentRequest(string CompanyId, string FlowId, string Key, string BodyHash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public string? InstanceId { get; init; }

    /// <summary>The answer's status; null while the first request is still being answered.</summary>
    public int? StatusCode { get; init; }

    public string? ContentType { get; init; }
    public byte[]? Body { get; init; }
}
