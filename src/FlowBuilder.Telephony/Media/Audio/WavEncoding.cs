namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>How samples are stored in a WAV data chunk; the values are the WAVE format codes.</summary>
public enum WavEncoding
{
    Pcm = 1,
    ALaw = 6,
    MuLaw = 7,
}
