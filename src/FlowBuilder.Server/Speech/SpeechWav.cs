using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;

namespace FlowBuilder.Server.Speech;

/// <summary>Cached G.711 prompt frames decoded back to an 8 kHz 16-bit mono WAV a browser can play.</summary>
internal static class SpeechWav
{
    public static byte[] From(PromptFrames frames)
    {
        var samples = new short[frames.FrameCount * PromptFrames.FrameSize];
        for (var i = 0; i < frames.FrameCount; i++)
        {
            var target = samples.AsSpan(i * PromptFrames.FrameSize, PromptFrames.FrameSize);
            if (frames.Codec == G711Codec.Pcmu) G711MuLaw.Decode(frames.Frame(i).Span, target);
            else G711ALaw.Decode(frames.Frame(i).Span, target);
        }
        return WavWriter.Write(samples, 8000);
    }
}
