using System.ComponentModel.DataAnnotations;
using System.Text;
using FlowBuilder.Activities.Billing;
using FlowBuilder.Activities.Telephony;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Activities.Http;

/// <summary>Calls another system over HTTP and goes on by the result: success, client-error, server-error, timeout
/// or failed. On a live call, a slow answer is covered by a filler prompt.</summary>
[Activity("http.request", Category = "HTTP", DisplayName = "HTTP Request",
    Description = "Sends an HTTP request (URL, headers and body may use {{ }} templates) and goes on by the answer: 'success' (2xx/3xx), "
        + "'client-error' (4xx), 'server-error' (5xx), 'timeout', or 'failed' (no connection). Idempotent requests are retried on 408, 429, 5xx "
        + "and network errors. Later nodes read the answer as outputs.<node>.status, .headers and .body (parsed when it is JSON).")]
[Outcomes(HttpOutcomes.Success, HttpOutcomes.ClientError, HttpOutcomes.ServerError, HttpOutcomes.Timeout, HttpOutcomes.Failed)]
[Output("status", "number", Description = "The HTTP status code of the answer; 0 when there was none.")]
[Output("headers", "object", Description = "The answer's headers, by lower-case name (repeated headers joined with \", \").")]
[Output("body", Description = "The answer's body: parsed when it is JSON (outputs.<node>.body.field), else the text.")]
[Output("durationMs", "number", Description = "How long the request took, retries included, in milliseconds.")]
[Output("attempts", "number", Description = "How many times the request was sent (1 plus the retries made).")]
[Output("error", "string", Description = "Why there was no answer (timeout, connection refused, body too large…).")]
[Output("fillerPlayed", "boolean", Description = "True when the filler prompt was played to the caller while waiting.")]
public sealed partial class HttpRequest(IHttpRequester requester, CallChannels channels, ExpressionCompiler compiler) : Activity<HttpRequest.Inputs>
{
    private const double MaxTimeoutSeconds = 300;
    private const int MaxRetries = 10;

    private readonly HttpBodyTemplate _body = new(compiler);

    public sealed record Inputs(
        [property: Required, Input(DisplayName = "URL", Description = "Absolute http:// or https:// address; {{ }} templates insert values, e.g. https://crm.example.com/customers/{{ vars.customerId }}.")]
        Expression<string> Url,
        [property: Input(Description = "GET, POST, PUT, PATCH, DELETE or HEAD. Default GET.")] RequestMethod Method = RequestMethod.Get,
        [property: Input(Description = "Extra request headers; values may be templates.")] IReadOnlyList<HttpHeader>? Headers = null,
        [property: Input(Editor = "code", Description = "JSON body: an object or list whose strings may be {{ }} templates or js: expressions "
            + "(a js: value keeps its type). Sent as application/json. A plain text or template body is sent as text.")]
        Expression<object?>? Body = null,
        [property: Input(DisplayName = "Content type", Description = "Overrides the body's content type (application/json for objects, text/plain for text).")]
        Expression<string>? ContentType = null,
        [property: Input(Description = "none, basic (username and password), bearer (token) or hmac (signs the body with the secret: header X-FlowBuilder-Signature).")]
        HttpAuth Auth = HttpAuth.None,
        [property: Input(Description = "For basic auth.")] Expression<string>? Username = null,
        [property: Input(Description = "For basic auth. Not written to the journal.")] Expression<string>? Password = null,
        [property: Input(Description = "For bearer auth. Not written to the journal.")] Expression<string>? Token = null,
        [property: Input(Description = "For hmac auth: the secret shared with the receiver. Not written to the journal.")] Expression<string>? Secret = null,
        [property: Range(0.001, MaxTimeoutSeconds), Input(DisplayName = "Timeout (seconds)", Description = "How long each attempt may take before 'timeout'. Default 10.")]
        Expression<double>? TimeoutSeconds = null,
        [property: Range(0, MaxRetries), Input(Description = "Retries after a 408, 429, 5xx, timeout or network error, with growing pauses. Only for GET, HEAD, PUT, DELETE, or with an idempotency key. Default 2.")]
        Expression<int>? Retries = null,
        [property: Input(DisplayName = "Idempotency key", Description = "Sent as the Idempotency-Key header; lets a POST or PATCH be retried safely.")]
        Expression<string>? IdempotencyKey = null,
        [property: Input(DisplayName = "Filler prompt", Description = "On a live call: said to the caller when the answer is slow, again after each further delay, and stopped as soon as the answer arrives.")]
        Expression<string>? FillerPrompt = null,
        [property: Range(0, 60), Input(DisplayName = "Filler delay (seconds)", Description = "How long to wait for the answer before the filler prompt. Default 2.")]
        Expression<double>? FillerDelaySeconds = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var rawUrl = context.Eval(inputs.Url) ?? "";
        if (!Uri.TryCreate(rawUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return Outcome.Fault($"URL '{rawUrl}' is not an absolute http:// or https:// address. Write the full address, e.g. https://api.example.com/orders.");
        var timeout = context.Eval(inputs.TimeoutSeconds, 10);
        if (double.IsNaN(timeout) || timeout <= 0 || timeout > MaxTimeoutSeconds)
            return Outcome.Fault($"Timeout {timeout} s is not between 0 and {MaxTimeoutSeconds} seconds.");
        var retries = context.Eval(inputs.Retries, 2);
        if (retries is < 0 or > MaxRetries) return Outcome.Fault($"Retries {retries} is not between 0 and {MaxRetries}.");

        var method = inputs.Method.ToString().ToUpperInvariant();
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in inputs.Headers ?? [])
        {
            if (string.IsNullOrWhiteSpace(header.Name)) return Outcome.Fault("A header has no name: give each row of 'headers' a name, or remove it.");
            headers.Add(new(header.Name.Trim(), context.Eval(header.Value) ?? ""));
        }
        if (context.Eval(inputs.IdempotencyKey, null!) is { Length: > 0 } key) headers.Add(new("Idempotency-Key", key));

        var (body, contentType) = inputs.Method == RequestMethod.Head || inputs.Body is null ? (null, null) : Encode(_body.Render(context, inputs.Body));
        contentType = context.Eval(inputs.ContentType, null!) is { Length: > 0 } given ? given : contentType;
        if (Authorize(context, inputs, body, headers) is { } authProblem) return Outcome.Fault(authProblem);

        var request = new OutboundHttpRequest(method, url)
        {
            Headers = headers,
            Body = body,
            ContentType = body is null ? null : contentType,
            Timeout = TimeSpan.FromSeconds(timeout),
            MaxRetries = retries,
        };
        var started = context.Time.GetTimestamp();
        using var filler = StartFiller(context, inputs);
        // Counted once per execution of the node (its retries and the requester's share the source id), answered or not.
        await FlowMetering.RecordAsync(context, BillingMetrics.WebhookCalls, 1);
        try
        {
            var response = await requester.SendAsync(request, context.CancellationToken);
            await filler.StopAsync();
            context.SetOutput("fillerPlayed", filler.Played);
            return Answered(context, response);
        }
        catch (TimeoutException error)
        {
            await filler.StopAsync();
            context.SetOutput("fillerPlayed", filler.Played);
            return NoAnswer(context, HttpOutcomes.Timeout, error.Message, HttpRequestAttempts.Of(error), started);
        }
        catch (HttpRequestException error)
        {
            await filler.StopAsync();
            context.SetOutput("fillerPlayed", filler.Played);
            return NoAnswer(context, HttpOutcomes.Failed, $"{method} {url} failed: {Describe(error)}", HttpRequestAttempts.Of(error), started);
        }
    }

    private static Outcome Answered(ActivityContext context, OutboundHttpResponse response)
    {
        context.SetOutput("status", response.StatusCode);
        context.SetOutput("headers", response.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => (object?)h.Value, StringComparer.Ordinal));
        context.SetOutput("body", ParseBody(response));
        context.SetOutput("durationMs", Math.Round(response.Elapsed.TotalMilliseconds));
        context.SetOutput("attempts", response.Attempts);
        return Outcome.To(HttpOutcomes.ForStatus(response.StatusCode));
    }

    private static Outcome NoAnswer(ActivityContext context, string outcome, string error, int attempts, long started)
    {
        context.SetOutput("status", 0);
        context.SetOutput("durationMs", Math.Round(context.Time.GetElapsedTime(started).TotalMilliseconds));
        context.SetOutput("attempts", attempts);
        context.SetOutput("error", error);
        return Outcome.To(outcome);
    }

    private static object? ParseBody(OutboundHttpResponse response)
    {
        var json = response.ContentType is { } type && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!json || string.IsNullOrWhiteSpace(response.Body)) return response.Body;
        try
        {
            return FlowValues.FromJsonText(response.Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return response.Body; // Says JSON but is not: the text is still useful.
        }
    }

    private static (byte[]? Body, string? ContentType) Encode(object? value) => value switch
    {
        null => (null, null),
        string text => (Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8"),
        _ => (Encoding.UTF8.GetBytes(FlowValues.ToCompactJson(value)), "application/json"),
    };

    /// <summary>Adds the auth header; returns the problem when a credential is missing.</summary>
    private static string? Authorize(ActivityContext context, Inputs inputs, byte[]? body, List<KeyValuePair<string, string>> headers)
    {
        switch (inputs.Auth)
        {
            case HttpAuth.Basic:
                var user = Secret(context, inputs.Username);
                if (string.IsNullOrEmpty(user)) return "Basic auth needs a username: fill in 'username', or choose another auth.";
                var password = Secret(context, inputs.Password) ?? "";
                headers.Add(new("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))));
                return null;
            case HttpAuth.Bearer:
                var token = Secret(context, inputs.Token);
                if (string.IsNullOrEmpty(token)) return "Bearer auth needs a token: fill in 'token', or choose another auth.";
                headers.Add(new("Authorization", "Bearer " + token));
                return null;
            case HttpAuth.Hmac:
                var secret = Secret(context, inputs.Secret);
                if (string.IsNullOrEmpty(secret)) return "HMAC auth needs the shared secret: fill in 'secret', or choose another auth.";
                headers.Add(new(WebhookSignature.HeaderName, WebhookSignature.Create(secret, context.Time.GetUtcNow(), body ?? [])));
                return null;
            default:
                return null;
        }
    }

    /// <summary>Evaluates a credential without recording its value in the journal.</summary>
    private static string? Secret(ActivityContext context, Expression<string>? input) =>
        input is null ? null : FlowValues.ConvertTo<string?>(((IExpression)input).EvaluateObject(context.Scope));

    private static string Describe(HttpRequestException error) =>
        error is ResponseTooLargeException ? error.Message
        : error.InnerException is { Message: { Length: > 0 } inner } ? $"{error.Message} ({inner})"
        : error.Message;
}
