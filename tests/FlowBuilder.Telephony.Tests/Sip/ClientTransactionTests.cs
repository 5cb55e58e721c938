using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class ClientTransactionTests
{
    private static SipRequest Invite()
    {
        var invite = TestMessages.Request("INVITE", "z9hG4bKci1");
        invite.Headers.Add("Route", "<sip:proxy.example.com;lr>");
        return invite;
    }

    [Fact]
    public async Task ClientInvite_NoResponseOverUdp_RetransmitsWithDoublingIntervalsThenTimerBFires()
    {
        var h = new TransactionHarness();
        var client = h.StartClient(Invite());
        var sendTimes = new List<double> { 0 };

        for (var ms = 100; ms <= 32_000; ms += 100)
        {
            var before = h.Transport.SentRequests("INVITE").Count;
            h.Advance(100);
            if (h.Transport.SentRequests("INVITE").Count > before) sendTimes.Add(ms);
        }

        sendTimes.ShouldBe([0, 500, 1500, 3500, 7500, 15500, 31500]);
        client.Failures.ShouldBe([SipTransactionFailure.Timeout]);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
        (await client.Transaction.Completion).Failure.ShouldBe(SipTransactionFailure.Timeout);
        client.TerminatedCount.ShouldBe(1);
        h.Layer.Count.ShouldBe(0);
    }

    [Fact]
    public void ClientInvite_ProvisionalResponse_StopsRetransmissionsAndTimerB()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        h.Advance(200);

        h.Deliver(TestMessages.ResponseTo(invite, 180));
        h.Advance(120_000);

        client.Transaction.State.ShouldBe(SipTransactionState.Proceeding);
        h.Transport.SentRequests("INVITE").Count.ShouldBe(1);
        client.Responses.Select(r => r.StatusCode).ShouldBe([180]);
        client.Failures.ShouldBeEmpty();
        client.Transaction.Completion.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task ClientInvite_NonSuccessFinal_SendsAckAndAbsorbsRetransmissionsUntilTimerD()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        var busy = TestMessages.ResponseTo(invite, 486, toTag: "busy1");

        h.Deliver(busy);
        h.Deliver(busy);

        var acks = h.Transport.SentRequests("ACK");
        acks.Count.ShouldBe(2);
        var ack = acks[0];
        ack.Uri.ShouldBe(invite.Uri);
        ack.Vias.Single().Branch.ShouldBe("z9hG4bKci1");
        ack.To!.Tag.ShouldBe("busy1");
        ack.From!.Tag.ShouldBe("a1");
        ack.CSeq.ShouldBe(new SipCSeq(1, "ACK"));
        ack.CallId.ShouldBe(invite.CallId);
        ack.Routes.Single().Uri.Host.ShouldBe("proxy.example.com");
        client.Responses.Select(r => r.StatusCode).ShouldBe([486]);
        (await client.Transaction.Completion).Response!.StatusCode.ShouldBe(486);
        client.Transaction.State.ShouldBe(SipTransactionState.Completed);

        h.Advance(31_999);
        client.Transaction.State.ShouldBe(SipTransactionState.Completed);
        h.Advance(1);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
        client.Failures.ShouldBeEmpty();
    }

    [Fact]
    public void ClientInvite_Success_IsAcceptedAndRetransmitted2xxReachTheUserUntilTimerM()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        var ok = TestMessages.ResponseTo(invite, 200);

        h.Deliver(ok);
        h.Advance(1000);
        h.Deliver(ok);

        client.Transaction.State.ShouldBe(SipTransactionState.Accepted);
        client.Responses.Select(r => r.StatusCode).ShouldBe([200, 200]);
        h.Transport.SentRequests("ACK").ShouldBeEmpty();
        h.Transport.SentRequests("INVITE").Count.ShouldBe(1);

        h.Advance(31_000);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
        h.Deliver(ok);
        h.StrayResponses.Count.ShouldBe(1);
    }

    [Fact]
    public void ClientInvite_ReliableTransport_NeverRetransmitsAndTerminatesRightAfterAck()
    {
        var h = new TransactionHarness(reliable: true);
        var invite = Invite();
        var client = h.StartClient(invite);

        h.Advance(20_000);
        h.Deliver(TestMessages.ResponseTo(invite, 503));

        h.Transport.SentRequests("INVITE").Count.ShouldBe(1);
        h.Transport.SentRequests("ACK").Count.ShouldBe(1);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public async Task ClientInvite_TransportError_FailsTheTransaction()
    {
        var h = new TransactionHarness();
        h.Transport.FailSends = true;

        var client = h.StartClient(Invite());

        client.Failures.ShouldBe([SipTransactionFailure.TransportError]);
        (await client.Transaction.Completion).Failure.ShouldBe(SipTransactionFailure.TransportError);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
        h.Time.PendingTimers.ShouldBe(0);
    }

    [Fact]
    public void ClientInvite_CancelBeforeAnyProvisional_WaitsForTheFirstOne()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        var transaction = (ClientInviteTransaction)client.Transaction;

        transaction.Cancel();
        h.Transport.SentRequests("CANCEL").ShouldBeEmpty();
        h.Deliver(TestMessages.ResponseTo(invite, 180));

        var cancel = h.Transport.SentRequests("CANCEL").Single();
        cancel.Uri.ShouldBe(invite.Uri);
        cancel.Vias.Single().Branch.ShouldBe("z9hG4bKci1");
        cancel.CSeq.ShouldBe(new SipCSeq(1, "CANCEL"));
        cancel.To!.Tag.ShouldBeNull();
        cancel.Routes.Count.ShouldBe(1);
        transaction.CancelTransaction.ShouldNotBeNull();
    }

    [Fact]
    public async Task ClientInvite_CancelAfterProvisional_GetsBoth200ToCancelAnd487()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        var transaction = (ClientInviteTransaction)client.Transaction;
        h.Deliver(TestMessages.ResponseTo(invite, 183));

        transaction.Cancel();
        var cancel = h.Transport.SentRequests("CANCEL").Single();
        h.Deliver(TestMessages.ResponseTo(cancel, 200));
        h.Deliver(TestMessages.ResponseTo(invite, 487));

        (await transaction.CancelTransaction!.Completion).Response!.StatusCode.ShouldBe(200);
        (await client.Transaction.Completion).Response!.StatusCode.ShouldBe(487);
        h.Transport.SentRequests("ACK").Count.ShouldBe(1);
        h.StrayResponses.ShouldBeEmpty();
    }

    [Fact]
    public void ClientInvite_CancelledButNoFinalResponse_GivesUpAfter64T1()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        h.Deliver(TestMessages.ResponseTo(invite, 180));
        ((ClientInviteTransaction)client.Transaction).Cancel();

        h.Advance(31_999);
        client.Failures.ShouldBeEmpty();
        h.Advance(1);

        client.Failures.ShouldBe([SipTransactionFailure.Timeout]);
    }

    [Fact]
    public void ClientInvite_CancelAfterFinalResponse_SendsNothing()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        var client = h.StartClient(invite);
        h.Deliver(TestMessages.ResponseTo(invite, 200));

        ((ClientInviteTransaction)client.Transaction).Cancel();

        h.Transport.SentRequests("CANCEL").ShouldBeEmpty();
    }

    [Fact]
    public async Task ClientNonInvite_NoResponseOverUdp_RetransmitsCappedAtT2ThenTimerFFires()
    {
        var h = new TransactionHarness();
        var client = h.StartClient(TestMessages.Request("OPTIONS", "z9hG4bKopt"));
        var sendTimes = new List<double> { 0 };

        for (var ms = 100; ms <= 32_000; ms += 100)
        {
            var before = h.Transport.Sent.Count;
            h.Advance(100);
            if (h.Transport.Sent.Count > before) sendTimes.Add(ms);
        }

        sendTimes.ShouldBe([0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500]);
        client.Failures.ShouldBe([SipTransactionFailure.Timeout]);
        (await client.Transaction.Completion).HasResponse.ShouldBeFalse();
    }

    [Fact]
    public void ClientNonInvite_Provisional_RetransmitsEveryT2()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("REGISTER", "z9hG4bKreg");
        var client = h.StartClient(request);
        h.Advance(100);
        h.Deliver(TestMessages.ResponseTo(request, 100));

        h.Advance(400);
        h.Transport.Sent.Count.ShouldBe(2);
        h.Advance(3999);
        h.Transport.Sent.Count.ShouldBe(2);
        h.Advance(1);
        h.Transport.Sent.Count.ShouldBe(3);
        h.Advance(4000);
        h.Transport.Sent.Count.ShouldBe(4);
        client.Transaction.State.ShouldBe(SipTransactionState.Proceeding);
    }

    [Fact]
    public async Task ClientNonInvite_FinalResponse_CompletesAbsorbsRetransmissionsAndTimerKTerminates()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("BYE", "z9hG4bKbye");
        var client = h.StartClient(request);
        var ok = TestMessages.ResponseTo(request, 200);

        h.Deliver(ok);
        h.Deliver(ok);
        h.Advance(10_000);

        client.Responses.Count.ShouldBe(1);
        (await client.Transaction.Completion).Response!.StatusCode.ShouldBe(200);
        h.Transport.Sent.Count.ShouldBe(1);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
        client.TerminatedCount.ShouldBe(1);
    }

    [Fact]
    public void ClientNonInvite_TimerK_IsT4()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("BYE", "z9hG4bKbye");
        var client = h.StartClient(request);
        h.Deliver(TestMessages.ResponseTo(request, 481));

        h.Advance(4_999);
        client.Transaction.State.ShouldBe(SipTransactionState.Completed);
        h.Advance(1);
        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public void ClientNonInvite_ReliableTransport_DoesNotRetransmitAndEndsOnFinal()
    {
        var h = new TransactionHarness(reliable: true);
        var request = TestMessages.Request("OPTIONS", "z9hG4bKtcp");
        var client = h.StartClient(request);

        h.Advance(31_000);
        h.Transport.Sent.Count.ShouldBe(1);
        h.Deliver(TestMessages.ResponseTo(request, 200));

        client.Transaction.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public void ClientTransaction_ConfiguredTimers_AreUsed()
    {
        var transport = new InMemorySipTransport();
        var time = new FakeTimeProvider();
        var layer = new SipTransactionLayer(transport, time, new SipTimerOptions { T1 = TimeSpan.FromMilliseconds(100), T2 = TimeSpan.FromMilliseconds(200) });
        var transaction = layer.CreateClientTransaction(TestMessages.Request("OPTIONS", "z9hG4bKfast"), TestMessages.Peer);
        transaction.Start();

        time.Advance(TimeSpan.FromMilliseconds(100));
        time.Advance(TimeSpan.FromMilliseconds(200));
        time.Advance(TimeSpan.FromMilliseconds(200));
        transport.Sent.Count.ShouldBe(4);
        time.Advance(TimeSpan.FromMilliseconds(6400));

        transaction.State.ShouldBe(SipTransactionState.Terminated);
    }
}
