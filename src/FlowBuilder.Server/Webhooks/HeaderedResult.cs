namespace FlowBuilder.Server.Webhooks;

/// <summary>Another result with one extra response header (e.g. <c>Retry-After</c> on a problem).</summary>
internal sealed class HeaderedResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
