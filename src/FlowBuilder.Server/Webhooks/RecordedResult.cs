namespace FlowBuilder.Server.Webhooks;

/// <summary>Runs another result into a buffer, hands its status, content type and body to <c>record</c> (the
/// idempotency store), then sends it to the caller.</summary>
internal sealed class RecordedResult(IResult inner, Func<int, string?, byte[], Task> record) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await inner.ExecuteAsync(httpContext).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }
        var body = buffer.ToArray();
        await record(response.StatusCode, response.ContentType, body).ConfigureAwait(false);
        response.ContentLength = body.Length;
        await original.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
