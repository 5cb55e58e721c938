namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>What a paced stream sends while it has no prompt to play.</summary>
public enum IdleAudio
{
    /// <summary>A frame of encoded silence every 20 ms, which keeps NAT bindings and peers' jitter buffers alive.</summary>
    ComfortSilence,

    /// <summary>No packets; the next prompt starts a new talk spurt with the marker bit set.</summary>
    None,
}
