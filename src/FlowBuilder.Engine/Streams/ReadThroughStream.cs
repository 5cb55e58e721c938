namespace FlowBuilder.Engine.Streams;

/// <summary>
/// A read-only, forward-only view of another stream that shows every chunk it reads to <see cref="OnRead"/> (to count, limit
/// or keep bytes of what passes). <see cref="Stream.Position"/> is the number of bytes read so far. Disposing it leaves the
/// inner stream open.
/// </summary>
public abstract class ReadThroughStream(Stream inner) : Stream
{
    /// <summary>How many bytes have been read through so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Passed(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Passed(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Called after each read with the bytes just read, which start at <paramref name="offset"/> of the stream
    /// (<see cref="BytesRead"/> already counts them). Throw to fail the read.</summary>
    protected abstract void OnRead(ReadOnlySpan<byte> read, long offset);

    private void Passed(ReadOnlySpan<byte> read)
    {
        var offset = BytesRead;
        BytesRead += read.Length;
        OnRead(read, offset);
    }
}
