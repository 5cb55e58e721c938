namespace FlowBuilder.Engine.Http;

/// <summary>Outbound HTTP for activities (HTTP Request, Wait for Callback's notification). Retries, timeouts and
/// auth live behind this port.</summary>
public interface IHttpRequester
{
    /// <summary>Sends the request, retrying as <see cref="OutboundHttpRequest.MaxRetries"/> allows. Any answer, 4xx and
    /// 5xx included, is a response; no answer within the timeout throws <see cref="TimeoutException"/>, a failed
    /// connection <see cref="HttpRequestException"/>.</summary>
    Task<OutboundHttpResponse> SendAsync(OutboundHttpRequest request, CancellationToken cancellationToken);
}
