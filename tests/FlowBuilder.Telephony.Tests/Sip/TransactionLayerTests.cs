using System.Net;
using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

public sealed class TransactionLayerTests
{
    [Fact]
    public void Layer_ResponseWithMatchingBranchButOtherMethod_DoesNotMatch()
    {
        var h = new TransactionHarness();
        var invite = TestMessages.Request("INVITE", "z9hG4bKm1");
        var client = h.StartClient(invite);
        var wrongMethod = TestMessages.ResponseTo(invite, 200);
        wrongMethod.CSeq = new SipCSeq(1, "CANCEL");

        h.Deliver(wrongMethod);

        client.Responses.ShouldBeEmpty();
        h.StrayResponses.Count.ShouldBe(1);
    }

    [Fact]
    public void Layer_ResponseWithTwoVias_IsNotMatched()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("OPTIONS", "z9hG4bKm2");
        var client = h.StartClient(request);
        var response = TestMessages.ResponseTo(request, 200);
        response.Headers.Add("Via", "SIP/2.0/UDP extra.example.com;branch=z9hG4bKx");

        h.Deliver(response);

        client.Responses.ShouldBeEmpty();
    }

    [Fact]
    public void Layer_SameBranchFromAnotherSentBy_IsAnotherServerTransaction()
    {
        var h = new TransactionHarness();
        var first = TestMessages.Request("OPTIONS", "z9hG4bKsame");
        var second = TestMessages.Request("OPTIONS");
        second.Headers.AddFirst("Via", "SIP/2.0/UDP 198.51.100.8:5060;branch=z9hG4bKsame");

        h.Deliver(first);
        h.Deliver(second, new IPEndPoint(IPAddress.Parse("198.51.100.8"), 5060));

        h.ServerTransactions.Count.ShouldBe(2);
    }

    [Fact]
    public void Layer_Rfc2543RequestWithoutMagicCookie_MatchesRetransmissionsAndAck()
    {
        var h = new TransactionHarness();
        var invite = TestMessages.Request("INVITE");
        invite.Headers.AddFirst("Via", "SIP/2.0/UDP 198.51.100.7:5060");
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        var notFound = TestMessages.ResponseTo(invite, 404);
        server.Respond(notFound);

        h.Deliver(invite);
        var ack = new SipRequest("ACK", invite.Uri);
        ack.Headers.Add("Via", "SIP/2.0/UDP 198.51.100.7:5060");
        foreach (var name in (string[])["Max-Forwards", "From", "Call-ID"]) ack.Headers.Add(name, invite.Headers[name]!);
        ack.Headers.Add("To", notFound.Headers["To"]!);
        ack.CSeq = new SipCSeq(1, "ACK");
        h.Deliver(ack);

        h.ServerTransactions.Count.ShouldBe(1);
        h.Transport.SentResponses(404).Count.ShouldBe(2);
        server.State.ShouldBe(SipTransactionState.Confirmed);
    }

    [Fact]
    public void Layer_CancelMatchingAnInvite_Answers200AndTheInvite487()
    {
        var h = new TransactionHarness();
        var invite = TestMessages.Request("INVITE", "z9hG4bKc1");
        h.Deliver(invite);
        var server = h.LastServer<ServerInviteTransaction>();
        server.Respond(TestMessages.ResponseTo(invite, 180, toTag: "ring1"));
        SipRequest? cancelled = null;
        server.Cancelled += (_, cancel) => cancelled = cancel;
        var cancel = TestMessages.Request("CANCEL", "z9hG4bKc1");

        h.Deliver(cancel);

        var ok = h.Transport.SentResponses(200).Single();
        ok.CSeq!.Value.Method.ShouldBe("CANCEL");
        ok.To!.Tag.ShouldBe("ring1");
        var terminated = h.Transport.SentResponses(487).Single();
        terminated.CSeq!.Value.Method.ShouldBe("INVITE");
        terminated.To!.Tag.ShouldBe("ring1");
        server.IsCancelled.ShouldBeTrue();
        server.State.ShouldBe(SipTransactionState.Completed);
        cancelled.ShouldNotBeNull();
        h.ServerTransactions.Count.ShouldBe(1);
    }

    [Fact]
    public void Layer_CancelAfterTheFinalResponse_Answers200AndChangesNothing()
    {
        var h = new TransactionHarness();
        var invite = TestMessages.Request("INVITE", "z9hG4bKc2");
        h.Deliver(invite);
        h.LastServer<ServerInviteTransaction>().Respond(TestMessages.ResponseTo(invite, 200));

        h.Deliver(TestMessages.Request("CANCEL", "z9hG4bKc2"));

        h.Transport.SentResponses(200).Count.ShouldBe(2);
        h.Transport.SentResponses(487).ShouldBeEmpty();
    }

    [Fact]
    public void Layer_CancelWithoutMatchingInvite_Answers481()
    {
        var h = new TransactionHarness();

        h.Deliver(TestMessages.Request("CANCEL", "z9hG4bKnothing"));

        h.Transport.SentResponses(481).Single().CSeq!.Value.Method.ShouldBe("CANCEL");
        h.ServerTransactions.ShouldBeEmpty();
    }

    [Fact]
    public void Layer_MalformedRequest_IsAnsweredWithTheParseReason()
    {
        var h = new TransactionHarness();
        var failures = new List<SipParseFailure>();
        h.Layer.MalformedReceived += (f, _) => failures.Add(f);
        var text = TestMessages.Invite.ReplaceLineEndings("\r\n").Replace("CSeq: 314159 INVITE", "CSeq: 314159 BYE");

        h.Layer.Process(new SipReceived(new SipMessageParser().Parse(Encoding.UTF8.GetBytes(text)), TestMessages.Peer));

        var response = h.Transport.SentResponses(400).Single();
        response.ReasonPhrase.ShouldBe("CSeq method 'BYE' does not match request method 'INVITE'");
        failures.Single().Error.ShouldBe(SipParseError.CSeqMismatch);
        h.ServerTransactions.ShouldBeEmpty();
    }

    [Fact]
    public void Layer_RequestBehindNat_GetsReceivedAndRportAndTheResponseGoesToTheSource()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("OPTIONS");
        request.Headers.AddFirst("Via", "SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKnat;rport");
        var source = new IPEndPoint(IPAddress.Parse("203.0.113.9"), 40000);

        h.Deliver(request, source);
        h.ServerTransactions.Single().Respond(h.ServerTransactions.Single().Request.CreateResponse(200));

        var (response, remote) = h.Transport.Sent.Single();
        remote.ShouldBe(source);
        response.TopVia!.Received.ShouldBe("203.0.113.9");
        response.TopVia.RPort.ShouldBe(40000);
    }

    [Fact]
    public void Layer_RequestWithoutRport_IsAnsweredToReceivedAndSentByPort()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("OPTIONS");
        request.Headers.AddFirst("Via", "SIP/2.0/UDP client.example.com:5070;branch=z9hG4bKsb");

        h.Deliver(request, new IPEndPoint(IPAddress.Parse("192.0.2.77"), 33333));
        h.ServerTransactions.Single().Respond(h.ServerTransactions.Single().Request.CreateResponse(200));

        h.Transport.Sent.Single().Remote.ShouldBe(new IPEndPoint(IPAddress.Parse("192.0.2.77"), 5070));
    }

    [Fact]
    public void Layer_ClientRequestWithoutVia_GetsOneWithAFreshBranch()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("OPTIONS");

        var transaction = h.Layer.CreateClientTransaction(request, TestMessages.Peer);

        var via = request.TopVia!;
        via.HasMagicCookie.ShouldBeTrue();
        via.HasRPort.ShouldBeTrue();
        via.Transport.ShouldBe("UDP");
        via.SentBy.ShouldBe("192.0.2.10:5060");
        transaction.Key.Branch.ShouldBe(via.Branch);
    }

    [Fact]
    public void Layer_ClientRequestWithLegacyBranch_GetsAMagicCookieBranch()
    {
        var h = new TransactionHarness();
        var request = TestMessages.Request("OPTIONS", "oldstyle");

        h.Layer.CreateClientTransaction(request, TestMessages.Peer);

        request.TopVia!.Branch.ShouldStartWith("z9hG4bK");
    }

    [Fact]
    public void Layer_Ack_HasNoClientTransaction()
    {
        var h = new TransactionHarness();

        Should.Throw<ArgumentException>(() => h.Layer.CreateClientTransaction(TestMessages.Request("ACK", "z9hG4bKa"), TestMessages.Peer));
    }

    [Fact]
    public async Task Layer_RunAsync_HandsTransportMessagesToTransactions()
    {
        var transport = new InMemorySipTransport();
        var layer = new SipTransactionLayer(transport, new FakeTimeProvider());
        var received = new TaskCompletionSource<SipServerTransaction>(TaskCreationOptions.RunContinuationsAsynchronously);
        layer.RequestReceived += t => received.TrySetResult(t);
        using var stop = new CancellationTokenSource();
        var loop = layer.RunAsync(stop.Token);

        transport.Deliver(TestMessages.Request("OPTIONS", "z9hG4bKrun"), TestMessages.Peer);
        var transaction = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();

        transaction.Request.Method.ShouldBe("OPTIONS");
        await Should.ThrowAsync<OperationCanceledException>(() => loop);
    }

    [Fact]
    public void Layer_AbandonAll_EndsEveryTransactionWithoutNotifications()
    {
        var h = new TransactionHarness();
        var client = h.StartClient(TestMessages.Request("OPTIONS", "z9hG4bKab"));
        h.Deliver(TestMessages.Request("INVITE", "z9hG4bKab2"));

        h.Layer.AbandonAll();
        h.Advance(60_000);

        h.Layer.Count.ShouldBe(0);
        client.TerminatedCount.ShouldBe(0);
        client.Failures.ShouldBeEmpty();
        h.Time.PendingTimers.ShouldBe(0);
    }

    [Fact]
    public void Layer_ThrowingTransactionHandler_IsReportedAndTheTransactionCarriesOn()
    {
        var h = new TransactionHarness();
        var failures = new List<Exception>();
        h.Layer.HandlerFailed += failures.Add;
        var request = TestMessages.Request("OPTIONS", "z9hG4bKthrow");
        var transaction = h.Layer.CreateClientTransaction(request, TestMessages.Peer);
        transaction.ResponseReceived += (_, _) => throw new InvalidOperationException("handler bug");
        transaction.Start();

        h.Deliver(TestMessages.ResponseTo(request, 200));
        h.Advance(5_000);

        failures.Single().Message.ShouldBe("handler bug");
        transaction.State.ShouldBe(SipTransactionState.Terminated);
    }

    [Fact]
    public async Task Layer_ThrowingRequestHandler_DoesNotStopTheReceiveLoop()
    {
        var transport = new InMemorySipTransport();
        var layer = new SipTransactionLayer(transport, new FakeTimeProvider());
        var reported = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        layer.HandlerFailed += e => reported.TrySetResult(e);
        layer.RequestReceived += t =>
        {
            if (t.Request.TopVia!.Branch == "z9hG4bKfirst") throw new InvalidOperationException("boom");
            second.TrySetResult();
        };
        using var stop = new CancellationTokenSource();
        var loop = layer.RunAsync(stop.Token);

        transport.Deliver(TestMessages.Request("OPTIONS", "z9hG4bKfirst"), TestMessages.Peer);
        transport.Deliver(TestMessages.Request("OPTIONS", "z9hG4bKsecond"), TestMessages.Peer);
        await second.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();

        (await reported.Task).Message.ShouldBe("boom");
        await Should.ThrowAsync<OperationCanceledException>(() => loop);
    }
}
