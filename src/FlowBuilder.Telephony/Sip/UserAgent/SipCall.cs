using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>An established call: its dialog, the negotiated audio, and the in-dialog actions.</summary>
public sealed class SipCall
{
    private readonly SipUserAgent _agent;

    internal SipCall(SipUserAgent agent, SipDialog dialog, SdpSession localSession, SdpAudioSelection? audio)
    {
        _agent = agent;
        Dialog = dialog;
        LocalSession = localSession;
        Audio = audio;
    }

    public SipDialog Dialog { get; }

    /// <summary>Our last offer or answer.</summary>
    public SdpSession LocalSession { get; internal set; }

    /// <summary>The peer's last offer or answer.</summary>
    public SdpSession? RemoteSession { get; internal set; }

    /// <summary>The negotiated audio stream; null when none was agreed.</summary>
    public SdpAudioSelection? Audio { get; internal set; }

    public bool IsEnded { get; internal set; }

    /// <summary>The port we receive this call's RTP on (offered and answered again in re-INVITEs).</summary>
    public int LocalRtpPort { get; internal init; }

    /// <summary>Sends BYE and ends the call whatever the answer.</summary>
    public Task HangUpAsync(CancellationToken cancellationToken = default) => _agent.HangUpAsync(this, cancellationToken);

    /// <summary>Re-INVITE offering sendonly (RFC 3264 §8.4); true when the peer answered 2xx.</summary>
    public Task<bool> HoldAsync(CancellationToken cancellationToken = default) => _agent.ReinviteAsync(this, SdpDirection.SendOnly, cancellationToken);

    /// <summary>Re-INVITE offering sendrecv again.</summary>
    public Task<bool> ResumeAsync(CancellationToken cancellationToken = default) => _agent.ReinviteAsync(this, SdpDirection.SendRecv, cancellationToken);

    /// <summary>Sends INFO application/dtmf-relay with one digit; true on 2xx.</summary>
    public Task<bool> SendDtmfAsync(char digit, int durationMs = 160, CancellationToken cancellationToken = default) =>
        _agent.SendDtmfAsync(this, digit, durationMs, cancellationToken);

    /// <summary>Blind transfer (RFC 3515): REFER with <paramref name="target"/> as Refer-To and Referred-By
    /// <paramref name="referredBy"/> (default our party of the dialog). Returns the REFER's final status (202 when accepted;
    /// progress then comes in <see cref="SipUserAgent.ReferProgress"/>), null when nothing answered.</summary>
    public Task<int?> ReferAsync(SipUri target, SipUri? referredBy = null, CancellationToken cancellationToken = default) =>
        _agent.ReferAsync(this, target, referredBy, cancellationToken);

    /// <summary>The agent that holds this call's dialog.</summary>
    public SipUserAgent Agent => _agent;

    public override string ToString() => Dialog.ToString();
}
