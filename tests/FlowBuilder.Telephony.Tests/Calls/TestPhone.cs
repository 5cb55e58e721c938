using System.Net;
using System.Net.Sockets;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>The far end in SipCallControl tests: a <see cref="SipUserAgent"/> over UDP on 127.0.0.1 with its own RTP socket.</summary>
internal sealed class TestPhone : IAsyncDisposable
{
    private static readonly RtpPortPool RtpPorts = new(31000, 31999);
    private readonly UdpSipTransport _transport;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TestPhone(string user, TimeProvider time, global::FlowBuilder.Telephony.Sdp.SdpNegotiatorOptions? media = null)
    {
        _transport = UdpSipTransport.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Layer = new SipTransactionLayer(_transport, time);
        Layer.HandlerFailed += e =>
        {
            lock (HandlerFailures) HandlerFailures.Add(e);
        };
        Rtp = UdpRtpSink.Open(RtpPorts);
        Agent = new SipUserAgent(Layer, new SipUserAgentOptions(SipUri.Parse($"sip:{user}@127.0.0.1"), IPAddress.Loopback, Rtp.Port) { Media = media ?? new() });
        Agent.IncomingCall += call => Incoming.TrySetResult(call);
        Agent.CallEnded += (call, cause) => Ended.TrySetResult(cause);
        _loop = Task.Run(() => Layer.RunAsync(_stop.Token));
    }

    public SipTransactionLayer Layer { get; }

    public SipUserAgent Agent { get; }

    public UdpRtpSink Rtp { get; }

    public int Port => _transport.LocalEndPoint.Port;

    public TaskCompletionSource<SipIncomingCall> Incoming { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<SipCallEndCause> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<Exception> HandlerFailures { get; } = [];

    /// <summary>Waits for the next RTP datagram sent to this phone and returns its payload type.</summary>
    public async Task<int> ReceiveRtpAsync(TimeSpan timeout)
    {
        var buffer = new byte[2048];
        using var cancel = new CancellationTokenSource(timeout);
        var result = await Rtp.Socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancel.Token);
        result.ReceivedBytes.ShouldBeGreaterThan(12);
        return buffer[1] & 0x7F;
    }

    /// <summary>Waits for the next RTP datagram sent to this phone that <paramref name="match"/> accepts, and returns it parsed.</summary>
    public async Task<global::FlowBuilder.Telephony.Rtp.RtpPacket> ReceiveRtpAsync(Func<global::FlowBuilder.Telephony.Rtp.RtpPacket, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var buffer = new byte[2048];
            var result = await Rtp.Socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancel.Token);
            if (global::FlowBuilder.Telephony.Rtp.RtpPacket.TryParse(buffer.AsMemory(0, result.ReceivedBytes), out var packet, out _) && match(packet)) return packet;
        }
    }

    /// <summary>Sends one RTP packet from this phone's RTP socket.</summary>
    public void SendRtp(global::FlowBuilder.Telephony.Rtp.RtpPacket packet, IPEndPoint to) => Rtp.Send(packet.ToArray(), to);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
        }
        Layer.AbandonAll();
        await _transport.DisposeAsync();
        Rtp.Dispose();
        _stop.Dispose();
    }
}
