using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

/// <summary>
/// A datagram network between transaction layers. Nothing moves until <see cref="Pump"/>, which delivers
/// queued messages on the caller's thread; messages to an endpoint without a layer stay in <see cref="Log"/>
/// for a hand-written peer to read.
/// </summary>
internal sealed class InMemorySipNetwork
{
    private readonly ConcurrentQueue<(IPEndPoint To, SipReceived Received)> _queue = new();
    private readonly ConcurrentDictionary<IPEndPoint, SipTransactionLayer> _layers = new();
    private readonly List<(IPEndPoint From, IPEndPoint To, SipMessage Message)> _log = [];
    private readonly SipMessageParser _parser = new();
    private readonly SemaphoreSlim _sent = new(0);

    public IReadOnlyList<(IPEndPoint From, IPEndPoint To, SipMessage Message)> Log
    {
        get
        {
            lock (_log) return [.. _log];
        }
    }

    public ISipTransport CreateTransport(IPEndPoint local) => new Endpoint(this, local);

    public void Attach(SipTransactionLayer layer) => _layers[layer.Transport.LocalEndPoint] = layer;

    /// <summary>Requests sent to <paramref name="to"/> with this method, in order.</summary>
    public IReadOnlyList<SipRequest> Requests(string method, IPEndPoint? to = null) =>
        Log.Where(e => to is null || e.To.Equals(to)).Select(e => e.Message).OfType<SipRequest>().Where(r => r.Method == method).ToList();

    public IReadOnlyList<SipResponse> Responses(int status, IPEndPoint? to = null) =>
        Log.Where(e => to is null || e.To.Equals(to)).Select(e => e.Message).OfType<SipResponse>().Where(r => r.StatusCode == status).ToList();

    /// <summary>A hand-written peer sends a message.</summary>
    public void Inject(SipMessage message, IPEndPoint from, IPEndPoint to) => Enqueue(message.ToBytes(), from, to);

    /// <summary>Delivers every queued message, and those their handlers send, until the network is quiet.</summary>
    public void Pump()
    {
        while (_queue.TryDequeue(out var item))
        {
            if (_layers.TryGetValue(item.To, out var layer)) layer.Process(item.Received);
        }
    }

    /// <summary>Pumps until <paramref name="task"/> completes: continuations of awaited transactions run on the pool and send later.</summary>
    public async Task<T> PumpUntil<T>(Task<T> task)
    {
        await PumpUntil((Task)task);
        return await task;
    }

    public async Task PumpUntil(Task task)
    {
        using var stop = new CancellationTokenSource();
        var limit = Task.Delay(TimeSpan.FromSeconds(10), stop.Token);
        try
        {
            while (true)
            {
                Pump();
                if (task.IsCompleted) break;
                var woken = await Task.WhenAny(task, _sent.WaitAsync(stop.Token), limit);
                if (woken == limit) throw new TimeoutException("The task did not complete while the network was pumped.");
            }
        }
        finally
        {
            await stop.CancelAsync();
        }
        Pump();
    }

    /// <summary>Pumps until <paramref name="condition"/> holds, yielding to pool continuations in between; fails after 10 s of wall time.</summary>
    public async Task PumpUntil(Func<bool> condition)
    {
        var limit = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Pump();
            if (DateTime.UtcNow > limit) throw new TimeoutException("The task did not complete while the network was pumped.");
            await Task.Yield();
        }
        Pump();
    }

    private void Enqueue(ReadOnlyMemory<byte> bytes, IPEndPoint from, IPEndPoint to)
    {
        var parsed = _parser.Parse(bytes.Span);
        if (!parsed.IsSuccess) throw new InvalidOperationException($"An invalid message was sent: {parsed.Failure.Reason}");
        lock (_log) _log.Add((from, to, parsed.Message));
        _queue.Enqueue((to, new SipReceived(_parser.Parse(bytes.Span), from)));
        _sent.Release();
    }

    private sealed class Endpoint(InMemorySipNetwork network, IPEndPoint local) : ISipTransport
    {
        private readonly Channel<SipReceived> _unused = Channel.CreateUnbounded<SipReceived>();

        public string Protocol => "UDP";

        public bool IsReliable => false;

        public IPEndPoint LocalEndPoint { get; } = local;

        public ChannelReader<SipReceived> Received => _unused.Reader;

        public ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken cancellationToken = default)
        {
            network.Enqueue(message, LocalEndPoint, remote);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            _unused.Writer.TryComplete();
            return ValueTask.CompletedTask;
        }
    }
}
