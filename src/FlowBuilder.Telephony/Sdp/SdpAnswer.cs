namespace FlowBuilder.Telephony.Sdp;

/// <summary>An answer to an offer; <see cref="Audio"/> is null when every stream was rejected (answer with 488).</summary>
public sealed record SdpAnswer(SdpSession Session, SdpAudioSelection? Audio)
{
    public bool IsAcceptable => Audio is not null;
}
