namespace FlowBuilder.Telephony.Media.Prompts;

/// <summary>
/// Rendered prompts by <see cref="PromptKey"/>, bounded by total bytes with least-recently-used eviction.
/// Thread-safe; a missing entry is rendered once however many callers ask for it at the same time (they all
/// await the same render). A failed render is not cached and fails every caller waiting on it. An entry bigger
/// than the whole budget is returned but not kept.
/// </summary>
public sealed class PromptCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<PromptKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Dictionary<PromptKey, Task<PromptFrames>> _rendering = [];
    private long _size;

    /// <param name="capacityBytes">The most payload bytes kept at once.</param>
    public PromptCache(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacityBytes);
        CapacityBytes = capacityBytes;
    }

    public long CapacityBytes { get; }

    public long SizeInBytes
    {
        get
        {
            lock (_gate) return _size;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public bool TryGet(PromptKey key, out PromptFrames frames)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Touch(node);
                frames = node.Value.Frames;
                return true;
            }
        }
        frames = null!;
        return false;
    }

    /// <summary>
    /// The cached frames, or renders them. The render runs to completion even when this caller's
    /// <paramref name="cancellationToken"/> fires, since other callers may be waiting for it.
    /// </summary>
    public async ValueTask<PromptFrames> GetOrRenderAsync(
        PromptKey key, Func<PromptKey, Task<PromptFrames>> render, CancellationToken cancellationToken = default)
    {
        Task<PromptFrames> pending;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Touch(node);
                return node.Value.Frames;
            }
            if (!_rendering.TryGetValue(key, out pending!))
            {
                pending = RenderAndStoreAsync(key, render);
                _rendering[key] = pending;
            }
        }
        return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool Remove(PromptKey key)
    {
        lock (_gate)
        {
            if (!_entries.Remove(key, out var node)) return false;
            _recency.Remove(node);
            _size -= node.Value.Frames.SizeInBytes;
            return true;
        }
    }

    private async Task<PromptFrames> RenderAndStoreAsync(PromptKey key, Func<PromptKey, Task<PromptFrames>> render)
    {
        // Leave the caller's lock before running user code.
        await Task.Yield();
        try
        {
            var frames = await render(key).ConfigureAwait(false);
            if (frames.Codec != key.Codec) throw new InvalidOperationException($"The render for '{key.Source}' produced {frames.Codec}, not {key.Codec}.");
            lock (_gate) Store(key, frames);
            return frames;
        }
        finally
        {
            lock (_gate) _rendering.Remove(key);
        }
    }

    private void Store(PromptKey key, PromptFrames frames)
    {
        if (frames.SizeInBytes > CapacityBytes) return;
        if (_entries.Remove(key, out var old))
        {
            _recency.Remove(old);
            _size -= old.Value.Frames.SizeInBytes;
        }
        _entries[key] = _recency.AddFirst(new Entry(key, frames));
        _size += frames.SizeInBytes;
        while (_size > CapacityBytes && _recency.Last is { } oldest)
        {
            _recency.RemoveLast();
            _entries.Remove(oldest.Value.Key);
            _size -= oldest.Value.Frames.SizeInBytes;
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private sealed record Entry(PromptKey Key, PromptFrames Frames);
}
