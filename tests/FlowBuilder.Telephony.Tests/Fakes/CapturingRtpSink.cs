using System.Net;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Fakes;

/// <summary>Keeps a parsed copy of every packet sent, with where it went.</summary>
internal sealed class CapturingRtpSink : IRtpSink
{
    private readonly Lock _gate = new();
    private readonly List<(RtpPacket Packet, IPEndPoint Remote)> _sent = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];

    public void Send(ReadOnlySpan<byte> packet, IPEndPoint remote)
    {
        RtpPacket.TryParse(packet.ToArray(), out var parsed, out var error).ShouldBeTrue(error);
        lock (_gate)
        {
            _sent.Add((parsed, remote));
            foreach (var waiter in _waiters.Where(w => w.Count <= _sent.Count)) waiter.Reached.TrySetResult();
            _waiters.RemoveAll(w => w.Count <= _sent.Count);
        }
    }

    /// <summary>Completes once <paramref name="count"/> packets in all have been sent.</summary>
    public Task WaitForCountAsync(int count)
    {
        lock (_gate)
        {
            if (_sent.Count >= count) return Task.CompletedTask;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public IReadOnlyList<RtpPacket> For(uint ssrc)
    {
        lock (_gate) return [.. _sent.Where(s => s.Packet.Ssrc == ssrc).Select(s => s.Packet)];
    }

    public int Count
    {
        get
        {
            lock (_gate) return _sent.Count;
        }
    }
}
