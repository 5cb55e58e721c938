using System.Net;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

/// <summary>A transaction layer over an in-memory transport and a fake clock, with what it reported.</summary>
internal sealed class TransactionHarness
{
    public TransactionHarness(bool reliable = false)
    {
        Transport = new InMemorySipTransport(reliable);
        Layer = new SipTransactionLayer(Transport, Time);
        Layer.RequestReceived += t => ServerTransactions.Add(t);
        Layer.AckReceived += (ack, _) => Acks.Add(ack);
        Layer.StrayResponseReceived += (r, _) => StrayResponses.Add(r);
    }

    public FakeTimeProvider Time { get; } = new();

    public InMemorySipTransport Transport { get; }

    public SipTransactionLayer Layer { get; }

    public List<SipServerTransaction> ServerTransactions { get; } = [];

    public List<SipRequest> Acks { get; } = [];

    public List<SipResponse> StrayResponses { get; } = [];

    public static IPEndPoint Peer => TestMessages.Peer;

    public void Deliver(SipMessage message, IPEndPoint? from = null) => Layer.Process(TestMessages.Received(message, from));

    public void Advance(double milliseconds) => Time.Advance(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>Starts a client transaction, recording responses and failures.</summary>
    public ClientRecord StartClient(SipRequest request)
    {
        var transaction = Layer.CreateClientTransaction(request, Peer);
        var record = new ClientRecord(transaction);
        transaction.ResponseReceived += (_, r) => record.Responses.Add(r);
        transaction.Failed += (_, f) => record.Failures.Add(f);
        transaction.Terminated += _ => record.TerminatedCount++;
        transaction.Start();
        return record;
    }

    /// <summary>The server transaction the layer created for the last new request.</summary>
    public T LastServer<T>() where T : SipServerTransaction => ServerTransactions[^1].ShouldBeOfType<T>();

    public sealed class ClientRecord(SipClientTransaction transaction)
    {
        public SipClientTransaction Transaction { get; } = transaction;
        public List<SipResponse> Responses { get; } = [];
        public List<SipTransactionFailure> Failures { get; } = [];
        public int TerminatedCount { get; set; }
    }
}
