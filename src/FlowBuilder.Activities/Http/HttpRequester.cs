using System.Net;
using FlowBuilder.Engine.Http;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FlowBuilder.Activities.Http;

/// <summary>
/// <see cref="IHttpRequester"/> over one shared <see cref="SocketsHttpHandler"/> (pooled connections, replaced every
/// <see cref="HttpRequesterOptions.PooledConnectionLifetime"/>) and one Polly pipeline: a timeout per attempt inside
/// retries with exponential backoff and jitter. Retries happen only for idempotent methods (GET, HEAD, OPTIONS, PUT,
/// DELETE) or requests with an <c>Idempotency-Key</c> header, on 408, 429, 5xx, per-attempt timeouts and network
/// errors; a <c>Retry-After</c> answer is honoured up to <see cref="HttpRequesterOptions.MaxRetryAfter"/>.
/// Redirects are not followed: a 3xx is the answer.
/// </summary>
internal sealed partial class HttpRequester : IHttpRequester, IDisposable
{
    private static readonly ResiliencePropertyKey<OutboundHttpRequest> RequestKey = new("flowbuilder.http.request");
    private static readonly HashSet<string> IdempotentMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" };

    private readonly HttpClient _client;
    private readonly ResiliencePipeline<OutboundHttpResponse> _pipeline;
    private readonly HttpRequesterOptions _options;
    private readonly TimeProvider _time;

    public HttpRequester(IOptions<HttpRequesterOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _client = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = _options.PooledConnectionLifetime,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
        })
        {
            // Each attempt's timeout is the pipeline's, on the injected clock.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _pipeline = new ResiliencePipelineBuilder<OutboundHttpResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<OutboundHttpResponse>
            {
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.Properties.GetValue(RequestKey, null!), args.Outcome, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, _time.GetUtcNow(), _options.MaxRetryAfter) : null),
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(RequestKey, null!).Timeout),
            })
            .Build();
    }

    public async Task<OutboundHttpResponse> SendAsync(OutboundHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Url.IsAbsoluteUri || request.Url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{request.Url}' is not an absolute http or https URL.", nameof(request));
        if (request.Timeout <= TimeSpan.Zero) throw new ArgumentException($"The timeout must be positive, not {request.Timeout}.", nameof(request));
        var started = _time.GetTimestamp();
        var state = new AttemptState(this, request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var response = await _pipeline.ExecuteAsync(static async (ctx, s) =>
            {
                Interlocked.Increment(ref s.Attempts);
                return await s.Owner.AttemptAsync(s.Request, ctx.CancellationToken).ConfigureAwait(false);
            }, context, state).ConfigureAwait(false);
            return response with { Attempts = state.Attempts, Elapsed = _time.GetElapsedTime(started) };
        }
        catch (TimeoutRejectedException error)
        {
            throw HttpRequestAttempts.Attach(new TimeoutException($"{request.Method} {request.Url} did not answer within {request.Timeout.TotalSeconds:0.###} s.", error), state.Attempts);
        }
        catch (HttpRequestException error)
        {
            HttpRequestAttempts.Attach(error, state.Attempts);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Whether a failed attempt is tried again: transient, within the request's retries, and safe to repeat.</summary>
    internal static bool ShouldRetry(OutboundHttpRequest request, Outcome<OutboundHttpResponse> outcome, int attemptNumber)
    {
        if (attemptNumber >= request.MaxRetries || !IsRepeatable(request)) return false;
        return outcome switch
        {
            { Exception: ResponseTooLargeException } => false,
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => response.StatusCode is 408 or 429 or >= 500,
            _ => false,
        };
    }

    internal static bool IsRepeatable(OutboundHttpRequest request) =>
        IdempotentMethods.Contains(request.Method) || request.Headers.Any(h => string.Equals(h.Key, "Idempotency-Key", StringComparison.OrdinalIgnoreCase));

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or an HTTP date), at most <paramref name="limit"/>;
    /// null when there is none, so the backoff decides.</summary>
    internal static TimeSpan? RetryAfter(OutboundHttpResponse response, DateTimeOffset now, TimeSpan limit)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value)) return null;
        TimeSpan wait;
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)) wait = TimeSpan.FromSeconds(seconds);
        else if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)) wait = at - now;
        else return null;
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        return wait > limit ? limit : wait;
    }
}
