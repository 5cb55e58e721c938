using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Tests.Media.Audio;

public sealed class ResamplerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(8000)]
    [InlineData(11025)]
    [InlineData(16000)]
    [InlineData(22050)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void ToTelephony_OneKilohertzTone_StaysOneKilohertzAtFullLevel(int rate)
    {
        var output = Resampler.ToTelephony(new PcmAudio(rate, 1, Tone.Sine(1000, rate, Second)));

        output.Length.ShouldBe(8000);
        Tone.Amplitude(output, 1000, 8000).ShouldBe(10000, tolerance: 200);
        Tone.Amplitude(output, 900, 8000).ShouldBeLessThan(200);
        Tone.Amplitude(output, 1100, 8000).ShouldBeLessThan(200);
    }

    [Fact]
    public void ToTelephony_StereoAt44100_IsMonoAtOneKilohertz()
    {
        var output = Resampler.ToTelephony(new PcmAudio(44100, 2, Tone.Sine(1000, 44100, Second, channels: 2)));

        output.Length.ShouldBe(8000);
        Tone.Amplitude(output, 1000, 8000).ShouldBe(10000, tolerance: 200);
    }

    [Fact]
    public void ToTelephony_SixKilohertzTone_IsFilteredOutNotAliasedToTwo()
    {
        var output = Resampler.ToTelephony(new PcmAudio(44100, 1, Tone.Sine(6000, 44100, Second)));

        // Plain decimation would fold 6 kHz onto 2 kHz at full level; the filter must leave < 1% (−40 dB).
        Tone.Amplitude(output, 2000, 8000).ShouldBeLessThan(100);
        Tone.Rms(output).ShouldBeLessThan(100);
    }

    [Fact]
    public void ToTelephony_Passband_KeepsThreeKilohertz()
    {
        var output = Resampler.ToTelephony(new PcmAudio(48000, 1, Tone.Sine(3000, 48000, Second)));

        Tone.Amplitude(output, 3000, 8000).ShouldBe(10000, tolerance: 500);
    }

    [Fact]
    public void ToTelephony_ConstantSignal_PassesAtUnitGain()
    {
        var output = Resampler.ToTelephony(new PcmAudio(22050, 1, Enumerable.Repeat((short)1000, 22050).ToArray()));

        output.ShouldAllBe(s => s == 1000);
    }

    [Fact]
    public void DownmixToMono_AveragesTheChannels()
    {
        Resampler.DownmixToMono(new PcmAudio(8000, 2, [1000, -1000, 300, 100, short.MaxValue, short.MaxValue]))
            .ShouldBe(new short[] { 0, 200, short.MaxValue });
    }
}
