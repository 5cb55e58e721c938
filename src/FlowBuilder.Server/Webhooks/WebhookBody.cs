namespace FlowBuilder.Server.Webhooks;

/// <summary>Reads a webhook's raw body (what signatures and idempotency hashes are computed over), at most <c>limit</c> bytes.</summary>
internal static class WebhookBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge(long limit) => new(
        $"The webhook body is larger than the {limit:N0} bytes a webhook accepts. Send a smaller body, or raise FlowBuilder:Server:MaxWebhookBytes.",
        StatusCodes.Status413PayloadTooLarge);
}
