using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Smpp;

/// <summary>One TCP connection to an SMSC: numbers and writes requests, matches responses by sequence number, answers
/// enquire_link and unbind itself and hands every other request (deliver_sm) to <c>onRequest</c>, which must answer it.
/// When the connection ends every waiting request fails with <see cref="SmppConnectionLostException"/>.</summary>
internal sealed class SmppSession : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly TimeProvider _time;
    private readonly TimeSpan _responseTimeout;
    private readonly ILogger _logger;
    private readonly Func<SmppPdu, SmppSession, Task> _onRequest;
    private readonly Lock _gate = new();
    private readonly Dictionary<uint, TaskCompletionSource<SmppPdu>> _pending = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource<string> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sequence;
    private long _lastReceivedTicks;
    private Task _reader = Task.CompletedTask;

    public SmppSession(Stream stream, TimeProvider time, TimeSpan responseTimeout, ILogger logger, Func<SmppPdu, SmppSession, Task> onRequest)
    {
        _stream = stream;
        _time = time;
        _responseTimeout = responseTimeout;
        _logger = logger;
        _onRequest = onRequest;
        _lastReceivedTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>Completes with the reason once the connection has ended.</summary>
    public Task<string> Closed => _closed.Task;

    public bool IsClosed => _closed.Task.IsCompleted;

    /// <summary>When a PDU last arrived from the SMSC.</summary>
    public DateTimeOffset LastReceived => new(Interlocked.Read(ref _lastReceivedTicks), TimeSpan.Zero);

    public void Start() => _reader = Task.Run(ReadLoopAsync);

    /// <summary>Sends a request and waits for its response (any command_status). Throws <see cref="TimeoutException"/>
    /// after the response timeout and <see cref="SmppConnectionLostException"/> when the connection ends first.</summary>
    public async Task<SmppPdu> RequestAsync(uint commandId, byte[] body, CancellationToken cancellationToken)
    {
        var sequence = NextSequence();
        var waiter = new TaskCompletionSource<SmppPdu>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (IsClosed) throw new SmppConnectionLostException($"The SMPP connection is closed ({_closed.Task.Result}).");
            _pending[sequence] = waiter;
        }
        try
        {
            await WriteAsync(SmppPdu.Request(commandId, sequence, body), cancellationToken).ConfigureAwait(false);
            return await waiter.Task.WaitAsync(_responseTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate) _pending.Remove(sequence);
        }
    }

    /// <summary>Writes one PDU (a response, usually). Throws <see cref="SmppConnectionLostException"/> when the socket is gone.</summary>
    public async Task WriteAsync(SmppPdu pdu, CancellationToken cancellationToken)
    {
        var bytes = SmppCodec.Encode(pdu);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosed) throw new SmppConnectionLostException($"The SMPP connection is closed ({_closed.Task.Result}).");
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException && e is not SmppConnectionLostException)
        {
            Close($"write failed: {e.Message}");
            throw new SmppConnectionLostException($"Writing to the SMSC failed: {e.Message}");
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Ends the connection; waiting requests fail. Safe to call more than once.</summary>
    public void Close(string reason)
    {
        List<TaskCompletionSource<SmppPdu>> waiting;
        lock (_gate)
        {
            if (!_closed.TrySetResult(reason)) return;
            waiting = [.. _pending.Values];
            _pending.Clear();
        }
        _logger.LogInformation("SMPP connection closed: {Reason}", reason);
        _closing.Cancel();
        _stream.Dispose();
        foreach (var waiter in waiting)
            waiter.TrySetException(new SmppConnectionLostException($"The SMPP connection was lost before the response arrived ({reason})."));
    }

    public async ValueTask DisposeAsync()
    {
        Close("closed by us");
        try { await _reader.ConfigureAwait(false); }
        catch (Exception e) { _logger.LogDebug(e, "SMPP reader ended with an error"); }
        _closing.Dispose();
    }

    private uint NextSequence()
    {
        // sequence_number runs 0x00000001..0x7FFFFFFF and wraps.
        var next = Interlocked.Increment(ref _sequence) & 0x7FFFFFFF;
        return next == 0 ? (uint)(Interlocked.Increment(ref _sequence) & 0x7FFFFFFF) : (uint)next;
    }

    private async Task ReadLoopAsync()
    {
        var reason = "the SMSC closed the connection";
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var pdu = await SmppCodec.ReadAsync(_stream, _closing.Token).ConfigureAwait(false);
                if (pdu is null) break;
                Interlocked.Exchange(ref _lastReceivedTicks, _time.GetUtcNow().UtcTicks);
                if (SmppCommand.IsResponse(pdu.CommandId)) Complete(pdu);
                else if (!await AnswerAsync(pdu).ConfigureAwait(false))
                {
                    reason = "the SMSC unbound";
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            reason = "closed by us";
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SmppFormatException)
        {
            reason = _closing.IsCancellationRequested ? "closed by us" : $"read failed: {e.Message}";
        }
        Close(reason);
    }

    private void Complete(SmppPdu response)
    {
        TaskCompletionSource<SmppPdu>? waiter;
        lock (_gate) _pending.Remove(response.Sequence, out waiter);
        if (waiter is not null) waiter.TrySetResult(response);
        else _logger.LogDebug("SMPP response nobody waits for (late or unknown): {Pdu}", response);
    }

    /// <summary>Answers a request from the SMSC; false when it was an unbind (the connection then ends).</summary>
    private async Task<bool> AnswerAsync(SmppPdu request)
    {
        switch (request.CommandId)
        {
            case SmppCommand.EnquireLink:
                await WriteAsync(SmppPdu.Response(request, SmppStatus.Ok), _closing.Token).ConfigureAwait(false);
                return true;
            case SmppCommand.Unbind:
                await WriteAsync(SmppPdu.Response(request, SmppStatus.Ok), _closing.Token).ConfigureAwait(false);
                return false;
            case SmppCommand.DeliverSm:
                // Off the read loop, so a slow sink does not hold up submit_sm_resp; the handler answers deliver_sm_resp.
                _ = Task.Run(() => _onRequest(request, this));
                return true;
            default:
                _logger.LogWarning("SMSC sent command 0x{Command:X8}, which this client does not take; answered generic_nack", request.CommandId);
                await WriteAsync(new SmppPdu(SmppCommand.GenericNack, SmppStatus.InvalidCommandId, request.Sequence, []), _closing.Token).ConfigureAwait(false);
                return true;
        }
    }
}
