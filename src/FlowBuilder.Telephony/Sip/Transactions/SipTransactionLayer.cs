using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transport;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// The transaction layer of RFC 3261 §17 over one transport: matches incoming messages to transactions,
/// creates server transactions for new requests, answers CANCEL (§9.2) and malformed requests itself, and
/// passes everything else up through events. Timers come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class SipTransactionLayer
{
    private readonly ConcurrentDictionary<SipTransactionKey, SipTransaction> _transactions = new();

    public SipTransactionLayer(ISipTransport transport, TimeProvider? timeProvider = null, SipTimerOptions? timers = null)
    {
        Transport = transport;
        Time = timeProvider ?? TimeProvider.System;
        Timers = timers ?? SipTimerOptions.Default;
    }

    public ISipTransport Transport { get; }

    public TimeProvider Time { get; }

    public SipTimerOptions Timers { get; }

    /// <summary>Live transactions, client and server.</summary>
    public int Count => _transactions.Count;

    /// <summary>A new request (not ACK, not CANCEL) created a server transaction; the user must respond through it.</summary>
    public event Action<SipServerTransaction>? RequestReceived;

    /// <summary>An ACK that no transaction absorbed: the ACK for a 2xx, which belongs to the dialog.</summary>
    public event Action<SipRequest, IPEndPoint>? AckReceived;

    /// <summary>A response that matched no client transaction, such as a retransmitted 2xx after timer M.</summary>
    public event Action<SipResponse, IPEndPoint>? StrayResponseReceived;

    /// <summary>A message that failed to parse; requests among them were already answered with 400/416/505/513.</summary>
    public event Action<SipParseFailure, IPEndPoint>? MalformedReceived;

    /// <summary>
    /// A handler of one of these events, or of a transaction's events, threw. The exception is reported here
    /// instead of tearing down the receive loop or a timer thread.
    /// </summary>
    public event Action<Exception>? HandlerFailed;

    /// <summary>
    /// Creates (but does not start) a client transaction. A request without Via gets one for this transport;
    /// a top Via without an RFC 3261 branch gets a fresh branch.
    /// </summary>
    public SipClientTransaction CreateClientTransaction(SipRequest request, IPEndPoint destination)
    {
        if (request.Method == SipMethods.Ack) throw new ArgumentException("ACK has no client transaction; send it with SendAsync.", nameof(request));
        var via = request.TopVia;
        if (via is null)
        {
            var local = Transport.LocalEndPoint;
            via = new SipVia(Transport.Protocol, local.Address.ToString(), local.Port, SipParameters.Empty.With("branch", SipIdentifiers.NewBranch()).With("rport", null));
            request.Headers.AddFirst(SipHeaderNames.Via, via.ToString());
        }
        else if (!via.HasMagicCookie)
        {
            via = via.WithBranch(SipIdentifiers.NewBranch());
            request.TopVia = via;
        }
        var key = SipTransactionKey.ForClient(via, request.Method);
        SipClientTransaction transaction = request.Method == SipMethods.Invite
            ? new ClientInviteTransaction(this, key, request, destination)
            : new ClientNonInviteTransaction(this, key, request, destination);
        if (!_transactions.TryAdd(key, transaction)) throw new InvalidOperationException($"A client transaction with branch {key.Branch} and method {key.Method} already exists.");
        return transaction;
    }

    /// <summary>Sends a message outside any transaction: an ACK for a 2xx, or a 2xx retransmitted by a proxy-less UAS core.</summary>
    public ValueTask SendAsync(SipMessage message, IPEndPoint destination, CancellationToken cancellationToken = default) =>
        Transport.SendAsync(message.ToBytes(), destination, cancellationToken);

    /// <summary>Reads the transport until cancelled, handing each message to <see cref="Process"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var received in Transport.Received.ReadAllAsync(cancellationToken))
        {
            try
            {
                Process(received);
            }
            catch (Exception e)
            {
                ReportHandlerFailure(e);
            }
        }
    }

    /// <summary>Handles one received message.</summary>
    public void Process(SipReceived received)
    {
        var (result, remote) = received;
        if (!result.IsSuccess)
        {
            if (result.Failure.TryCreateResponse(out var error)) _ = SendQuietlyAsync(error, remote);
            MalformedReceived?.Invoke(result.Failure, remote);
            return;
        }
        switch (result.Message)
        {
            case SipResponse response:
                ProcessResponse(response, remote);
                break;
            case SipRequest request:
                ProcessRequest(request, remote);
                break;
        }
    }

    /// <summary>Ends every transaction without notifications (shutdown).</summary>
    public void AbandonAll()
    {
        foreach (var transaction in _transactions.Values) transaction.Abandon();
    }

    internal void ReportHandlerFailure(Exception exception)
    {
        try
        {
            HandlerFailed?.Invoke(exception);
        }
        catch (Exception)
        {
            // A failing failure handler has nowhere left to report to.
        }
    }

    internal void Remove(SipTransaction transaction) =>
        _transactions.TryRemove(new KeyValuePair<SipTransactionKey, SipTransaction>(transaction.Key, transaction));

    internal SipTransaction? Find(SipTransactionKey key) => _transactions.GetValueOrDefault(key);

    private void ProcessResponse(SipResponse response, IPEndPoint remote)
    {
        var vias = response.Vias;
        if (vias.Count != 1 || response.CSeq is not { } cseq)
        {
            StrayResponseReceived?.Invoke(response, remote);
            return;
        }
        if (_transactions.TryGetValue(SipTransactionKey.ForClient(vias[0], cseq.Method), out var found) && found is SipClientTransaction client)
        {
            client.ReceiveResponse(response);
        }
        else
        {
            StrayResponseReceived?.Invoke(response, remote);
        }
    }

    private void ProcessRequest(SipRequest request, IPEndPoint remote)
    {
        AnnotateVia(request, remote);
        if (SipTransactionKey.ForServer(request) is not { } key) return;

        if (request.Method == SipMethods.Ack)
        {
            if (Find(key) is ServerInviteTransaction { AbsorbsAck: true } invite) invite.ReceiveRequest(request);
            else AckReceived?.Invoke(request, remote);
            return;
        }
        if (Find(key) is SipServerTransaction existing)
        {
            existing.ReceiveRequest(request);
            return;
        }

        var target = ResponseTarget(request, remote);
        SipServerTransaction transaction = request.Method == SipMethods.Invite
            ? new ServerInviteTransaction(this, key, request, target)
            : new ServerNonInviteTransaction(this, key, request, target);
        if (!_transactions.TryAdd(key, transaction))
        {
            (Find(key) as SipServerTransaction)?.ReceiveRequest(request);
            return;
        }
        switch (transaction)
        {
            case ServerInviteTransaction invite:
                invite.Start();
                RequestReceived?.Invoke(invite);
                break;
            case ServerNonInviteTransaction cancel when request.Method == SipMethods.Cancel:
                AnswerCancel(cancel, key);
                break;
            default:
                RequestReceived?.Invoke(transaction);
                break;
        }
    }

    /// <summary>RFC 3261 §9.2: 200 to a CANCEL that matches an INVITE transaction (which then answers 487), else 481.</summary>
    private void AnswerCancel(ServerNonInviteTransaction cancel, SipTransactionKey key)
    {
        if (Find(key.AsInvite()) is not ServerInviteTransaction invite)
        {
            cancel.Respond(cancel.Request.CreateResponse(481));
            return;
        }
        var ok = cancel.Request.CreateResponse(200);
        if (invite.ToTag is { } tag) ok.To = ok.To?.WithTag(tag);
        cancel.Respond(ok);
        invite.Cancel(cancel.Request);
    }

    /// <summary>Adds <c>received</c> and fills an empty <c>rport</c> on the top Via (RFC 3261 §18.2.1, RFC 3581 §4).</summary>
    private static void AnnotateVia(SipRequest request, IPEndPoint remote)
    {
        if (request.TopVia is not { } via) return;
        var updated = via;
        var source = remote.Address.ToString();
        var sentByAddress = via.Host.Trim('[', ']');
        if (!IPAddress.TryParse(sentByAddress, out var parsed) || !parsed.Equals(remote.Address)) updated = updated.WithParameter("received", source);
        if (via.HasRPort && via.RPort is null)
        {
            updated = updated.WithParameter("received", source).WithParameter("rport", remote.Port.ToString(CultureInfo.InvariantCulture));
        }
        if (!ReferenceEquals(updated, via)) request.TopVia = updated;
    }

    /// <summary>Where responses go (RFC 3261 §18.2.2, RFC 3581): the same connection, or received/rport, else sent-by.</summary>
    private IPEndPoint ResponseTarget(SipRequest request, IPEndPoint remote)
    {
        if (Transport.IsReliable || request.TopVia is not { } via) return remote;
        var host = via.Received ?? via.Host.Trim('[', ']');
        if (!IPAddress.TryParse(host, out var address)) return remote;
        return new IPEndPoint(address, via.RPort ?? via.Port ?? 5060);
    }

    private async Task SendQuietlyAsync(SipMessage message, IPEndPoint remote)
    {
        try
        {
            await Transport.SendAsync(message.ToBytes(), remote);
        }
        catch (Exception)
        {
            // A stateless error response is best effort.
        }
    }
}
