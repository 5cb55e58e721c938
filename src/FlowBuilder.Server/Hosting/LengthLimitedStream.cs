using FlowBuilder.Engine.Streams;

namespace FlowBuilder.Server.Hosting;

/// <summary>A read-only view of a request body that fails with 413 once more than <c>limit</c> bytes
/// have been read (for bodies sent without a Content-Length).</summary>
internal sealed class LengthLimitedStream(Stream inner, long limit) : ReadThroughStream(inner)
{
    protected override void OnRead(ReadOnlySpan<byte> read, long offset)
    {
        if (BytesRead > limit) throw RequestBodyLimitMiddleware.TooLarge(limit);
    }
}
