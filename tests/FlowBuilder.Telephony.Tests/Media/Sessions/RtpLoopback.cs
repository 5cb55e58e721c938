using System.Collections.Concurrent;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Sessions;

/// <summary>Two RTP sockets on loopback: <see cref="Caller"/> sends to <see cref="Callee"/>, whose receiver expects the caller.</summary>
internal sealed class RtpLoopback : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly RtpPortPool Pool = new(31000, 31999);
    private readonly Lock _gate = new();
    private readonly List<(long Handled, TaskCompletionSource Done)> _waiters = [];
    private long _handled;

    public RtpLoopback(Func<RtpReceiverOptions, RtpReceiverOptions>? configure = null)
    {
        Caller = UdpRtpSink.Open(Pool);
        Callee = UdpRtpSink.Open(Pool);
        var options = new RtpReceiverOptions { Remote = Caller.LocalEndPoint };
        Receiver = new RtpReceiver(Callee, configure?.Invoke(options) ?? options, Clock);
        Receiver.DigitReceived += (_, digit) => Digits.Enqueue(digit);
        Receiver.DatagramHandled += (_, _) => OnHandled();
        Receiver.Start();
    }

    public UdpRtpSink Caller { get; }

    public UdpRtpSink Callee { get; }

    public RtpReceiver Receiver { get; }

    public FakeTimeProvider Clock { get; } = new();

    public ConcurrentQueue<ReceivedDigit> Digits { get; } = new();

    /// <summary>Completes once the receiver has handled <paramref name="count"/> datagrams in all.</summary>
    public Task WaitForDatagramsAsync(long count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_handled >= count) return Task.CompletedTask;
            _waiters.Add((count, done));
        }
        return done.Task.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        Caller.Dispose();
        Callee.Dispose();
    }

    private void OnHandled()
    {
        lock (_gate)
        {
            _handled++;
            foreach (var waiter in _waiters.Where(w => w.Handled <= _handled).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}
