namespace FlowBuilder.Engine.Http;

/// <summary>A request to another system. <see cref="MaxRetries"/> applies only to idempotent methods (GET, HEAD,
/// OPTIONS, PUT, DELETE) or a request carrying an <c>Idempotency-Key</c> header.</summary>
public sealed record OutboundHttpRequest(string Method, Uri Url)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>For each attempt. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MaxRetries { get; init; }
}
