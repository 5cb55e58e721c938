using FlowBuilder.Engine.Streams;

namespace FlowBuilder.Campaigns.Import;

/// <summary>Reads through to another stream, counting the bytes (progress, <see cref="ReadThroughStream.BytesRead"/>) and
/// keeping the first four (the byte order mark).</summary>
internal sealed class CountingStream(Stream inner) : ReadThroughStream(inner)
{
    private readonly byte[] _head = new byte[4];

    public ReadOnlySpan<byte> Head => _head.AsSpan(0, (int)Math.Min(BytesRead, _head.Length));

    protected override void OnRead(ReadOnlySpan<byte> read, long offset)
    {
        if (offset >= _head.Length) return;
        var take = (int)Math.Min(read.Length, _head.Length - offset);
        read[..take].CopyTo(_head.AsSpan((int)offset));
    }
}
