using System.Net;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Rtp;

/// <summary>Keeps a copy of every datagram; <see cref="WaitForAsync"/> completes once enough have arrived.</summary>
internal sealed class RecordingDatagramHandler : IRtpDatagramHandler
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<(byte[] Data, IPEndPoint From)> _received = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    public Action? OnAccept { get; init; }

    public IReadOnlyList<(byte[] Data, IPEndPoint From)> Received
    {
        get
        {
            lock (_gate) return _received.ToList();
        }
    }

    public void Accept(ReadOnlySpan<byte> datagram, IPEndPoint from)
    {
        OnAccept?.Invoke();
        lock (_gate)
        {
            _received.Add((datagram.ToArray(), from));
            foreach (var waiter in _waiters.Where(w => w.Count <= _received.Count)) waiter.Done.TrySetResult();
        }
    }

    public Task WaitForAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_received.Count >= count) return Task.CompletedTask;
            _waiters.Add((count, done));
        }
        return done.Task.WaitAsync(Timeout);
    }
}
