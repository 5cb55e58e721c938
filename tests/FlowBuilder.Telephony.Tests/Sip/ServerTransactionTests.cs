using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class ServerTransactionTests
{
    private static SipRequest Invite(string branch = "z9hG4bKsi1") => TestMessages.Request("INVITE", branch);

    private static SipRequest AckFor(SipRequest invite, SipResponse final)
    {
        var ack = new SipRequest("ACK", invite.Uri);
        ack.Headers.Add("Via", invite.Headers.GetFirst("Via")!);
        ack.Headers.Add("Max-Forwards", "70");
        ack.Headers.Add("From", invite.Headers["From"]!);
        ack.Headers.Add("To", final.Headers["To"]!);
        ack.Headers.Add("Call-ID", invite.CallId!);
        ack.CSeq = new SipCSeq(invite.CSeq!.Value.Number, "ACK");
        return ack;
    }

    [Fact]
    public void ServerInvite_NewInvite_Sends100TryingAtOnceAndRaisesRequestReceived()
    {
        var h = new TransactionHarness();

        h.Deliver(Invite());

        var trying = h.Transport.SentResponses(100).Single();
        trying.To!.Tag.ShouldBeNull();
        trying.CallId.ShouldBe("call-1@test");
        h.ServerTransactions.Single().ShouldBeOfType<ServerInviteTransaction>().State.ShouldBe(SipTransactionState.Proceeding);
    }

    [Fact]
    public void ServerInvite_RetransmittedInvite_ResendsTheLastProvisionalWithoutBotheringTheUser()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        server.Respond(TestMessages.ResponseTo(invite, 180)).ShouldBeTrue();

        h.Deliver(invite);

        h.Transport.SentResponses(180).Count.ShouldBe(2);
        h.ServerTransactions.Count.ShouldBe(1);
    }

    [Fact]
    public void ServerInvite_NonSuccessFinal_RetransmitsOnTimerGUntilAckThenTimerITerminates()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        var busy = TestMessages.ResponseTo(invite, 486);
        server.Respond(busy);
        var sendTimes = new List<double> { 0 };

        for (var ms = 100; ms <= 12_000; ms += 100)
        {
            var before = h.Transport.SentResponses(486).Count;
            h.Advance(100);
            if (h.Transport.SentResponses(486).Count > before) sendTimes.Add(ms);
        }
        h.Deliver(AckFor(invite, busy));
        h.Advance(4_900);

        sendTimes.ShouldBe([0, 500, 1500, 3500, 7500, 11500]);
        server.State.ShouldBe(SipTransactionState.Confirmed);
        h.Transport.SentResponses(486).Count.ShouldBe(6);
        h.Acks.ShouldBeEmpty();
        h.Advance(100);
        server.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public void ServerInvite_RetransmittedInviteAfterFinal_ResendsTheFinal()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        h.LastServer<ServerInviteTransaction>().Respond(TestMessages.ResponseTo(invite, 404));

        h.Deliver(invite);

        h.Transport.SentResponses(404).Count.ShouldBe(2);
    }

    [Fact]
    public void ServerInvite_NoAck_TimerHFailsTheTransaction()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        var failures = new List<SipTransactionFailure>();
        server.Failed += (_, f) => failures.Add(f);
        server.Respond(TestMessages.ResponseTo(invite, 480));

        h.Advance(31_999);
        failures.ShouldBeEmpty();
        h.Advance(1);

        failures.ShouldBe([SipTransactionFailure.Timeout]);
        server.State.ShouldBe(SipTransactionState.Terminated);
        h.Layer.Count.ShouldBe(0);
    }

    [Fact]
    public void ServerInvite_Success_IsAcceptedAbsorbsInviteRetransmissionsAndLetsTheUserRetransmit2xx()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        var ok = TestMessages.ResponseTo(invite, 200);

        server.Respond(ok).ShouldBeTrue();
        h.Deliver(invite);
        server.Respond(ok).ShouldBeTrue();
        server.Respond(TestMessages.ResponseTo(invite, 500)).ShouldBeFalse();

        server.State.ShouldBe(SipTransactionState.Accepted);
        h.Transport.SentResponses(200).Count.ShouldBe(2);
        h.Transport.SentResponses(500).ShouldBeEmpty();
        h.Advance(32_000);
        server.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public void ServerInvite_AckFor2xx_GoesToTheUser()
    {
        var h = new TransactionHarness();
        var invite = Invite();
        h.Deliver(invite);
        var ok = TestMessages.ResponseTo(invite, 200);
        h.LastServer<ServerInviteTransaction>().Respond(ok);
        var ack = AckFor(invite, ok);
        ack.TopVia = ack.TopVia!.WithBranch("z9hG4bKnewbranch");

        h.Deliver(ack);

        h.Acks.Single().TopVia!.Branch.ShouldBe("z9hG4bKnewbranch");
    }

    [Fact]
    public void ServerInvite_ReliableTransport_SendsTheFinalOnceAndEndsOnAck()
    {
        var h = new TransactionHarness(reliable: true);
        var invite = Invite();
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        var declined = TestMessages.ResponseTo(invite, 603);
        server.Respond(declined);

        h.Advance(10_000);
        h.Deliver(AckFor(invite, declined));

        h.Transport.SentResponses(603).Count.ShouldBe(1);
        server.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public void ServerNonInvite_RetransmissionBeforeAnyResponse_IsAbsorbed()
    {
        var h = new TransactionHarness();
        var options = TestMessages.Request("OPTIONS", "z9hG4bKso");
        h.Deliver(options);

        h.Deliver(options);

        h.Transport.Sent.ShouldBeEmpty();
        h.ServerTransactions.Single().State.ShouldBe(SipTransactionState.Trying);
    }

    [Fact]
    public void ServerNonInvite_RetransmissionAfterProvisional_ResendsIt()
    {
        var h = new TransactionHarness();
        var register = TestMessages.Request("REGISTER", "z9hG4bKsr");
        h.Deliver(register);
        h.ServerTransactions.Single().Respond(TestMessages.ResponseTo(register, 100));

        h.Deliver(register);

        h.Transport.SentResponses(100).Count.ShouldBe(2);
        h.ServerTransactions.Single().State.ShouldBe(SipTransactionState.Proceeding);
    }

    [Fact]
    public void ServerNonInvite_RetransmissionAfterFinal_ResendsFinalUntilTimerJ()
    {
        var h = new TransactionHarness();
        var bye = TestMessages.Request("BYE", "z9hG4bKsb");
        h.Deliver(bye);
        var server = h.ServerTransactions.Single();
        server.Respond(TestMessages.ResponseTo(bye, 200)).ShouldBeTrue();
        server.Respond(TestMessages.ResponseTo(bye, 500)).ShouldBeFalse();

        h.Deliver(bye);
        h.Transport.SentResponses(200).Count.ShouldBe(2);

        h.Advance(31_999);
        server.State.ShouldBe(SipTransactionState.Completed);
        h.Advance(1);
        server.State.ShouldBe(SipTransactionState.Terminated);
        h.Deliver(bye);
        h.ServerTransactions.Count.ShouldBe(2);
    }

    [Fact]
    public void ServerNonInvite_ReliableTransport_EndsAsSoonAsTheFinalIsSent()
    {
        var h = new TransactionHarness(reliable: true);
        var options = TestMessages.Request("OPTIONS", "z9hG4bKst");
        h.Deliver(options);

        h.ServerTransactions.Single().Respond(TestMessages.ResponseTo(options, 200));

        h.ServerTransactions.Single().State.ShouldBe(SipTransactionState.Terminated);
        h.Layer.Count.ShouldBe(0);
    }

    [Fact]
    public void ServerTransaction_TransportErrorOnResponse_FailsIt()
    {
        var h = new TransactionHarness();
        var options = TestMessages.Request("OPTIONS", "z9hG4bKsf");
        h.Deliver(options);
        var server = h.ServerTransactions.Single();
        var failures = new List<SipTransactionFailure>();
        server.Failed += (_, f) => failures.Add(f);
        h.Transport.FailSends = true;

        server.Respond(TestMessages.ResponseTo(options, 200));

        failures.ShouldBe([SipTransactionFailure.TransportError]);
        server.State.ShouldBe(SipTransactionState.Terminated);
    }
}
