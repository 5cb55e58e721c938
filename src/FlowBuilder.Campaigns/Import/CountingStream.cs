namespace FlowBuilder.Campaigns.Import;

/// <summary>Reads through to another stream, counting the bytes (progress) and keeping the first four (the byte order mark).</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private readonly byte[] _head = new byte[4];

    public long BytesRead { get; private set; }

    public ReadOnlySpan<byte> Head => _head.AsSpan(0, (int)Math.Min(BytesRead, _head.Length));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
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

    private void Count(ReadOnlySpan<byte> read)
    {
        if (BytesRead < _head.Length)
        {
            var take = (int)Math.Min(read.Length, _head.Length - BytesRead);
            read[..take].CopyTo(_head.AsSpan((int)BytesRead));
        }
        BytesRead += read.Length;
    }
}
