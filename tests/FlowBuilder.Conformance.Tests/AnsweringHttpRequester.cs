using FlowBuilder.Engine.Http;

namespace FlowBuilder.Conformance.Tests;

/// <summary>A fake of the outbound HTTP port that answers every request with 200 and an empty JSON object, so
/// templates that call other systems run without a network.</summary>
internal sealed class AnsweringHttpRequester : IHttpRequester
{
    public List<OutboundHttpRequest> Requests { get; } = [];

    public Task<OutboundHttpResponse> SendAsync(OutboundHttpRequest request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add(request);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json" };
        return Task.FromResult(new OutboundHttpResponse(200, headers, "{}", "application/json", 1, TimeSpan.Zero));
    }
}
