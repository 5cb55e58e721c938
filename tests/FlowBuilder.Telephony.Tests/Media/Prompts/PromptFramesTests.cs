using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Tests.Media.Audio;

namespace FlowBuilder.Telephony.Tests.Media.Prompts;

public sealed class PromptFramesTests
{
    [Theory]
    [InlineData(G711Codec.Pcmu, 0xFF)]
    [InlineData(G711Codec.Pcma, 0xD5)]
    public void Render_PartialLastFrame_IsPaddedWithEncodedSilence(G711Codec codec, byte silence)
    {
        var samples = Tone.Sine(1000, 8000, TimeSpan.FromMilliseconds(50));

        var frames = PromptFrames.Render(samples, codec);

        frames.FrameCount.ShouldBe(3);
        frames.SizeInBytes.ShouldBe(480);
        frames.Duration.ShouldBe(TimeSpan.FromMilliseconds(60));
        var expected = new byte[samples.Length];
        if (codec == G711Codec.Pcmu) G711MuLaw.Encode(samples, expected);
        else G711ALaw.Encode(samples, expected);
        frames.Frame(0).ToArray().ShouldBe(expected[..160]);
        frames.Frame(2).Span[..80].ToArray().ShouldBe(expected[320..]);
        frames.Frame(2).Span[80..].ToArray().ShouldAllBe(b => b == silence);
        PromptFrames.Silence(codec).ShouldBe(silence);
    }

    [Fact]
    public void Render_AudioAtAnotherRate_IsResampledToTwentyMillisecondFrames()
    {
        var frames = PromptFrames.Render(new PcmAudio(44100, 2, Tone.Sine(1000, 44100, TimeSpan.FromSeconds(1), channels: 2)), G711Codec.Pcmu);

        frames.FrameCount.ShouldBe(50);
        var decoded = new short[8000];
        for (var i = 0; i < 50; i++) G711MuLaw.Decode(frames.Frame(i).Span, decoded.AsSpan(160 * i));
        Tone.Amplitude(decoded, 1000, 8000).ShouldBe(10000, tolerance: 400);
    }

    [Fact]
    public void FromEncoded_NotWholeFrames_IsRejected()
    {
        Should.Throw<ArgumentException>(() => PromptFrames.FromEncoded(new byte[161], G711Codec.Pcma)).Message.ShouldContain("161 bytes");
    }

    [Fact]
    public void Frame_OutOfRange_IsRejected()
    {
        var frames = PromptFrames.FromEncoded(new byte[320], G711Codec.Pcmu);

        Should.Throw<ArgumentOutOfRangeException>(() => frames.Frame(2));
    }
}
