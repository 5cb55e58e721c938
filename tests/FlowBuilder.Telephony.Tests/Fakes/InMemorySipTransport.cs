using System.Net;
using System.Threading.Channels;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transport;

namespace FlowBuilder.Telephony.Tests.Fakes;

/// <summary>A transport that records what is sent (parsed back, to assert on) and can be told to fail.</summary>
internal sealed class InMemorySipTransport(bool reliable = false) : ISipTransport
{
    private readonly Channel<SipReceived> _received = Channel.CreateUnbounded<SipReceived>();
    private readonly SipMessageParser _parser = new();
    private readonly List<(SipMessage Message, IPEndPoint Remote)> _sent = [];

    public string Protocol => IsReliable ? "TCP" : "UDP";

    public bool IsReliable { get; } = reliable;

    public IPEndPoint LocalEndPoint { get; } = new(IPAddress.Parse("192.0.2.10"), 5060);

    public ChannelReader<SipReceived> Received => _received.Reader;

    /// <summary>When set, every send throws (synchronous transport error).</summary>
    public bool FailSends { get; set; }

    public IReadOnlyList<(SipMessage Message, IPEndPoint Remote)> Sent
    {
        get
        {
            lock (_sent) return [.. _sent];
        }
    }

    public IReadOnlyList<SipRequest> SentRequests(string method) => Sent.Select(s => s.Message).OfType<SipRequest>().Where(r => r.Method == method).ToList();

    public IReadOnlyList<SipResponse> SentResponses(int status) => Sent.Select(s => s.Message).OfType<SipResponse>().Where(r => r.StatusCode == status).ToList();

    public void ClearSent()
    {
        lock (_sent) _sent.Clear();
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken cancellationToken = default)
    {
        if (FailSends) throw new IOException("network unreachable");
        var parsed = _parser.Parse(message.Span);
        if (!parsed.IsSuccess) throw new InvalidOperationException($"The stack sent an invalid message: {parsed.Failure.Reason}");
        lock (_sent) _sent.Add((parsed.Message, remote));
        return ValueTask.CompletedTask;
    }

    public void Deliver(SipMessage message, IPEndPoint remote) =>
        _received.Writer.TryWrite(new SipReceived(_parser.Parse(message.ToBytes()), remote));

    public ValueTask DisposeAsync()
    {
        _received.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
