namespace FlowBuilder.Testing.Http;

/// <summary>
/// A thread-safe, append-only record of things that arrived (requests, notifications), with awaitable signals:
/// the next item in arrival order, a count reached, or any condition over everything so far. Waits are bounded and
/// fail with what did arrive; tests wait on these instead of sleeping.
/// </summary>
public sealed class ArrivalLog<T>
{
    private readonly List<T> _items = [];
    private readonly List<(Func<IReadOnlyList<T>, bool> Until, TaskCompletionSource Done)> _waiters = [];
    private readonly Func<T, string> _describe;
    private int _cursor;

    /// <param name="describe">How one item reads in a timeout message (its ToString by default).</param>
    public ArrivalLog(Func<T, string>? describe = null) => _describe = describe ?? (item => item?.ToString() ?? "null");

    /// <summary>A snapshot of everything that arrived, in order.</summary>
    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_items) return _items.ToList();
        }
    }

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
            foreach (var waiter in _waiters.Where(w => w.Until(_items)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    /// <summary>Completes once the items so far satisfy <paramref name="until"/>; throws <see cref="TimeoutException"/>
    /// (listing what did arrive) after <paramref name="within"/>.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(Func<IReadOnlyList<T>, bool> until, TimeSpan within)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_items)
        {
            if (until(_items)) return _items.ToList();
            _waiters.Add((until, done));
        }
        try
        {
            await done.Task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            lock (_items) _waiters.RemoveAll(w => w.Done == done);
            throw new TimeoutException($"What the test waited for did not arrive within {within.TotalSeconds} s; {Items.Count} arrived: "
                + string.Join("; ", Items.Select(_describe)));
        }
        return Items;
    }

    /// <summary>Completes once at least <paramref name="count"/> items arrived.</summary>
    public Task<IReadOnlyList<T>> WaitForCountAsync(int count, TimeSpan within) => WaitForAsync(items => items.Count >= count, within);

    /// <summary>The next item in arrival order not yet handed out by this method, waiting for it if need be.</summary>
    public async Task<T> NextAsync(TimeSpan within)
    {
        var index = Interlocked.Increment(ref _cursor) - 1;
        var items = await WaitForAsync(items => items.Count > index, within);
        return items[index];
    }
}
