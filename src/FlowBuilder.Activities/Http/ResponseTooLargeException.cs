namespace FlowBuilder.Activities.Http;

/// <summary>The response body is longer than <see cref="HttpRequesterOptions.MaxResponseBytes"/>; never retried.</summary>
public sealed class ResponseTooLargeException(Uri url, int limit)
    : HttpRequestException($"The response from {url} is larger than {limit} bytes, the most FlowBuilder reads. Ask the service for less data, or raise FlowBuilder:Http:MaxResponseBytes.")
{
    public int Limit { get; } = limit;
}
