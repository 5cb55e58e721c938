using System.Net;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>A <see cref="SipUserAgent"/> over a real <see cref="UdpSipTransport"/> on 127.0.0.1 (a free port), on the system clock.</summary>
internal sealed class UdpUserAgent : IAsyncDisposable
{
    private readonly UdpSipTransport _transport;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public UdpUserAgent(string user, Func<SipUserAgentOptions, SipUserAgentOptions>? configure = null)
    {
        _transport = UdpSipTransport.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Layer = new SipTransactionLayer(_transport, TimeProvider.System);
        Layer.HandlerFailed += e =>
        {
            lock (HandlerFailures) HandlerFailures.Add(e);
        };
        var options = new SipUserAgentOptions(SipUri.Parse($"sip:{user}@127.0.0.1"), IPAddress.Loopback, 40000);
        Agent = new SipUserAgent(Layer, configure is null ? options : configure(options));
        _loop = Task.Run(() => Layer.RunAsync(_stop.Token));
    }

    public SipTransactionLayer Layer { get; }

    public SipUserAgent Agent { get; }

    public int Port => _transport.LocalEndPoint.Port;

    /// <summary>Exceptions thrown by handlers; a passing test leaves this empty.</summary>
    public List<Exception> HandlerFailures { get; } = [];

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
        _stop.Dispose();
    }
}
