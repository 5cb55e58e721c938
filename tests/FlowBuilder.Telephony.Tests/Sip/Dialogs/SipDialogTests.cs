using System.Net;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Tests.Sip.Dialogs;

public sealed class SipDialogTests
{
    private static readonly SipUri LocalContact = SipUri.Parse("sip:alice@192.0.2.1:5060");

    [Fact]
    public void ForUac_FromTwoHundred_TakesIdentityRemoteTargetAndReversedRecordRoute()
    {
        var (invite, ok) = InviteAndOk();

        var dialog = SipDialog.ForUac(invite, ok, LocalContact);

        dialog.Id.ShouldBe(new SipDialogId("call-9", "a1", "b2"));
        dialog.State.ShouldBe(SipDialogState.Confirmed);
        dialog.RemoteTarget.ShouldBe(SipUri.Parse("sip:bob@198.51.100.99:5070"));
        dialog.RouteSet.Select(r => r.Uri.Host).ShouldBe(["p1.example.net", "p2.example.net"]);
        dialog.LocalSequence.ShouldBe(7);
    }

    [Fact]
    public void ForUac_FromProvisionalWithTag_IsEarlyUntilConfirmed()
    {
        var (invite, _) = InviteAndOk();
        var ringing = invite.CreateResponse(180);
        ringing.To = ringing.To!.WithTag("b2");

        var dialog = SipDialog.ForUac(invite, ringing, LocalContact);

        dialog.State.ShouldBe(SipDialogState.Early);
        dialog.Confirm();
        dialog.State.ShouldBe(SipDialogState.Confirmed);
    }

    [Fact]
    public void ForUas_FromInvite_KeepsRecordRouteInOrderAndRemoteSequence()
    {
        var (invite, _) = InviteAndOk();
        invite.Headers.Add(SipHeaderNames.RecordRoute, "<sip:p1.example.net;lr>, <sip:p2.example.net;lr>");

        var dialog = SipDialog.ForUas(invite, "b2", LocalContact);

        dialog.Id.ShouldBe(new SipDialogId("call-9", "b2", "a1"));
        dialog.RouteSet.Select(r => r.Uri.Host).ShouldBe(["p1.example.net", "p2.example.net"]);
        dialog.RemoteTarget.ShouldBe(SipUri.Parse("sip:alice@192.0.2.1"));
        dialog.RemoteSequence.ShouldBe(7);
        dialog.LocalParty.Tag.ShouldBe("b2");
    }

    [Fact]
    public void CreateRequest_Bye_UsesRemoteTargetRouteSetTagsAndNextCSeq()
    {
        var (invite, ok) = InviteAndOk();
        var dialog = SipDialog.ForUac(invite, ok, LocalContact);

        var bye = dialog.CreateRequest(SipMethods.Bye);

        bye.Uri.ShouldBe(dialog.RemoteTarget);
        bye.Headers.GetValues(SipHeaderNames.Route).ShouldBe(["<sip:p1.example.net;lr>", "<sip:p2.example.net;lr>"]);
        bye.CSeq.ShouldBe(new SipCSeq(8, SipMethods.Bye));
        bye.From!.Tag.ShouldBe("a1");
        bye.To!.Tag.ShouldBe("b2");
        bye.CallId.ShouldBe("call-9");
        bye.TopVia.ShouldBeNull();
        dialog.CreateRequest(SipMethods.Info).CSeq!.Value.Number.ShouldBe(9);
    }

    [Fact]
    public void CreateAck_ForTwoHundred_ReusesTheInviteCSeqNumberWithFreshBranch()
    {
        var (invite, ok) = InviteAndOk();
        var dialog = SipDialog.ForUac(invite, ok, LocalContact);
        dialog.CreateRequest(SipMethods.Invite);

        var ack = dialog.CreateAck(8, "UDP", new IPEndPoint(IPAddress.Parse("192.0.2.1"), 5060));

        ack.CSeq.ShouldBe(new SipCSeq(8, SipMethods.Ack));
        ack.TopVia!.HasMagicCookie.ShouldBeTrue();
        ack.TopVia.SentBy.ShouldBe("192.0.2.1:5060");
        dialog.LocalSequence.ShouldBe(8);
    }

    [Fact]
    public void CreateRequest_Ack_IsRefusedBecauseItReusesTheInviteCSeq()
    {
        var (invite, ok) = InviteAndOk();
        var dialog = SipDialog.ForUac(invite, ok, LocalContact);

        Should.Throw<ArgumentException>(() => dialog.CreateRequest(SipMethods.Ack));
    }

    [Fact]
    public void AcceptRemoteSequence_LowerThanLast_IsRejected()
    {
        var (invite, _) = InviteAndOk();
        var dialog = SipDialog.ForUas(invite, "b2", LocalContact);
        var info = new SipRequest(SipMethods.Info, LocalContact) { CSeq = new SipCSeq(8, SipMethods.Info) };
        var stale = new SipRequest(SipMethods.Info, LocalContact) { CSeq = new SipCSeq(6, SipMethods.Info) };

        dialog.AcceptRemoteSequence(info).ShouldBeTrue();
        dialog.AcceptRemoteSequence(stale).ShouldBeFalse();
        dialog.RemoteSequence.ShouldBe(8);
    }

    [Fact]
    public void IdOf_InDialogRequest_UsesToTagAsLocalAndFromTagAsRemote()
    {
        var request = new SipRequest(SipMethods.Bye, LocalContact);
        request.Headers.Add(SipHeaderNames.From, "<sip:bob@example.com>;tag=b2");
        request.Headers.Add(SipHeaderNames.To, "<sip:alice@example.com>;tag=a1");
        request.CallId = "call-9";

        SipDialog.IdOf(request).ShouldBe(new SipDialogId("call-9", "a1", "b2"));
        request.To = request.To!.WithParameter("tag", null);
        SipDialog.IdOf(request).ShouldBeNull();
    }

    [Fact]
    public void NextHop_WithRouteSet_IsTheFirstRouteElseTheRemoteTarget()
    {
        var (invite, ok) = InviteAndOk();
        ok.Headers.Remove(SipHeaderNames.RecordRoute);
        ok.Headers.Add(SipHeaderNames.RecordRoute, "<sip:198.51.100.20;lr>, <sip:198.51.100.10:5080;lr>");

        SipDialog.ForUac(invite, ok, LocalContact).NextHop().ShouldBe(new IPEndPoint(IPAddress.Parse("198.51.100.10"), 5080));
        ok.Headers.Remove(SipHeaderNames.RecordRoute);
        SipDialog.ForUac(invite, ok, LocalContact).NextHop().ShouldBe(new IPEndPoint(IPAddress.Parse("198.51.100.99"), 5070));
    }

    private static (SipRequest Invite, SipResponse Ok) InviteAndOk()
    {
        var invite = new SipRequest(SipMethods.Invite, SipUri.Parse("sip:bob@example.com"));
        invite.Headers.Add(SipHeaderNames.Via, "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKabc");
        invite.Headers.Add(SipHeaderNames.From, "<sip:alice@example.com>;tag=a1");
        invite.Headers.Add(SipHeaderNames.To, "<sip:bob@example.com>");
        invite.Headers.Add(SipHeaderNames.Contact, "<sip:alice@192.0.2.1>");
        invite.CallId = "call-9";
        invite.CSeq = new SipCSeq(7, SipMethods.Invite);
        var ok = invite.CreateResponse(200);
        ok.To = ok.To!.WithTag("b2");
        ok.Headers.Add(SipHeaderNames.RecordRoute, "<sip:p2.example.net;lr>, <sip:p1.example.net;lr>");
        ok.Contact = new SipNameAddress(SipUri.Parse("sip:bob@198.51.100.99:5070"));
        return (invite, ok);
    }
}
