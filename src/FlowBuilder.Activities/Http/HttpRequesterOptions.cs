namespace FlowBuilder.Activities.Http;

/// <summary>Limits and retry pacing of the outbound HTTP client (configuration section <c>FlowBuilder:Http</c> in the server).</summary>
public sealed class HttpRequesterOptions
{
    /// <summary>The largest response body read; a longer one fails the request. Default 1 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter. Default 500 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest computed backoff between two attempts. Default 10 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait a server's <c>Retry-After</c> can ask for; a longer one is cut to this. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a pooled connection lives before it is replaced (so DNS changes are seen). Default 2 min.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most retries a request may ask for, whatever its own setting. Default 10.</summary>
    public int MaxRetries { get; set; } = 10;
}
