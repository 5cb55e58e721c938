using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Activities.Http;

/// <summary>Suspends until another system POSTs to a unique, unguessable callback URL; "received" (output
/// <c>payload</c>), "timeout" after <c>TimeoutSeconds</c> (default 86,400), or "failed" when the notification
/// to <c>NotifyUrl</c> could not be delivered. The wait survives a restart.</summary>
[Activity("http.wait-for-callback", Category = "HTTP", DisplayName = "Wait for Callback", Waits = true,
    Description = "Creates a one-time callback URL (output 'callbackUrl') and waits until something POSTs to it ('received', body in output 'payload') or the timeout passes ('timeout'). With a notify URL, first POSTs {callbackUrl, instanceId, data} there ('failed' if that fails).")]
[Outcomes(Received, Timeout, Failed)]
[Output("callbackUrl", Description = "The URL that resumes this wait, {PublicUrl}/hooks/callbacks/{token}.")]
[Output("payload", Description = "The JSON (or form fields) posted to the callback URL.")]
[Output("error", Description = "Why the notification failed ('failed').")]
public sealed class WaitForCallback : Activity<WaitForCallback.Inputs>
{
    public const string StimulusName = "callback";
    private const string Received = "received";
    private const string Timeout = "timeout";
    private const string Failed = "failed";
    private const double DefaultTimeoutSeconds = 86_400;

    public sealed record Inputs(
        [property: Input(DisplayName = "Notify URL", Description = "When set, the callback URL is first POSTed here as JSON {callbackUrl, instanceId, data}.")] Expression<string>? NotifyUrl,
        [property: Input(DisplayName = "Notify body", Description = "Sent as 'data' in the notification.")] Expression<object?>? NotifyBody,
        [property: Input(DisplayName = "Timeout (s)", Description = "Seconds to wait before taking 'timeout'. Default 86400 (one day).")] Expression<double>? TimeoutSeconds);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var seconds = context.Eval(inputs.TimeoutSeconds, DefaultTimeoutSeconds);
        if (double.IsNaN(seconds) || seconds <= 0) return Outcome.Fault($"Wait for Callback needs a timeout above 0 seconds, not {seconds}.");
        var options = context.Services.GetService(typeof(WaitForCallbackOptions)) as WaitForCallbackOptions ?? new WaitForCallbackOptions();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var callbackUrl = options.CallbackUrl(token);
        context.SetOutput("callbackUrl", callbackUrl);

        var notifyUrl = inputs.NotifyUrl is null ? null : context.Eval(inputs.NotifyUrl);
        if (!string.IsNullOrWhiteSpace(notifyUrl))
        {
            var pending = context.Services.GetService(typeof(WaitForCallbackPending)) as WaitForCallbackPending;
            pending?.Add(token, context.InstanceId);
            string? error;
            try
            {
                error = await NotifyAsync(context, notifyUrl, callbackUrl, inputs.NotifyBody is null ? null : context.Eval(inputs.NotifyBody));
            }
            finally
            {
                pending?.Remove(token);
            }
            if (error is not null)
            {
                context.SetOutput("error", error);
                return Outcome.To(Failed);
            }
        }
        var due = context.Time.GetUtcNow().AddSeconds(seconds);
        return Outcome.Suspend(new Bookmark(StimulusName, token, due));
    }

    protected override ValueTask<Outcome> ResumeAsync(ActivityContext context, Inputs inputs, Stimulus stimulus)
    {
        if (stimulus.IsTimeout) return ValueTask.FromResult(Outcome.To(Timeout));
        context.SetOutput("payload", stimulus.Payload);
        return ValueTask.FromResult(Outcome.To(Received));
    }

    private static async Task<string?> NotifyAsync(ActivityContext context, string notifyUrl, string callbackUrl, object? data)
    {
        if (!Uri.TryCreate(notifyUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return $"Notify URL '{notifyUrl}' is not an absolute http(s) URL.";
        if (context.Services.GetService(typeof(IHttpRequester)) is not IHttpRequester requester)
            return "No outbound HTTP (IHttpRequester) is registered on this server, so the notify URL cannot be called.";
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["callbackUrl"] = callbackUrl,
            ["instanceId"] = context.InstanceId,
            ["data"] = data,
        });
        var request = new OutboundHttpRequest("POST", url) { Body = body, ContentType = "application/json" };
        try
        {
            var response = await requester.SendAsync(request, context.CancellationToken);
            return response.StatusCode is >= 200 and < 300 ? null : $"Notify URL '{notifyUrl}' answered {response.StatusCode}.";
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutException)
        {
            return $"Notify URL '{notifyUrl}' could not be reached: {error.Message}";
        }
    }
}
