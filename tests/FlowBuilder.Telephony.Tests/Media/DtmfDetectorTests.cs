using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Dtmf;

namespace FlowBuilder.Telephony.Tests.Media;

public sealed class DtmfDetectorTests
{
    private static readonly TimeSpan Press = TimeSpan.FromMilliseconds(100);

    public static TheoryData<char> AllDigits() => new(DtmfKeypad.Digits.ToCharArray());

    private static string Detect(short[] samples, DtmfDetectorOptions? options = null, int chunk = 160)
    {
        var detector = new DtmfDetector(options);
        var digits = new List<char>();
        for (var offset = 0; offset < samples.Length; offset += chunk)
        {
            digits.AddRange(detector.Process(samples.AsSpan(offset, Math.Min(chunk, samples.Length - offset))).Select(d => d.Digit));
        }
        digits.AddRange(detector.Process(new short[400]).Select(d => d.Digit));
        return new string([.. digits]);
    }

    private static short[] Sine(double frequency, TimeSpan duration, double levelDbfs)
    {
        var amplitude = 32767 * Math.Pow(10, levelDbfs / 20);
        return Enumerable.Range(0, (int)(duration.TotalSeconds * 8000))
            .Select(n => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * n / 8000)))
            .ToArray();
    }

    private static short[] Mix(params short[][] signals) =>
        Enumerable.Range(0, signals.Max(s => s.Length))
            .Select(i => (short)Math.Clamp(signals.Sum(s => i < s.Length ? s[i] : 0), short.MinValue, short.MaxValue))
            .ToArray();

    private static short[] Noise(TimeSpan duration, double levelDbfs, int seed)
    {
        var random = new Random(seed);
        var rms = 32767 * Math.Pow(10, levelDbfs / 20) / Math.Sqrt(2);
        return Enumerable.Range(0, (int)(duration.TotalSeconds * 8000))
            .Select(_ => (short)Math.Clamp(rms * Math.Sqrt(3) * (2 * random.NextDouble() - 1), short.MinValue, short.MaxValue))
            .ToArray();
    }

    [Theory]
    [MemberData(nameof(AllDigits))]
    public void Detector_EachKey_IsDetectedExactlyOnce(char digit)
    {
        Detect(DtmfToneGenerator.Tone(digit, Press)).ShouldBe(digit.ToString());
    }

    [Fact]
    public void Detector_SequenceWithGaps_GivesEveryDigitInOrder()
    {
        var samples = DtmfToneGenerator.Sequence("1234567890*#ABCD", TimeSpan.FromMilliseconds(70), TimeSpan.FromMilliseconds(60));

        Detect(samples).ShouldBe("1234567890*#ABCD");
    }

    [Fact]
    public void Detector_SameKeyPressedTwice_IsTwoDigits()
    {
        Detect(DtmfToneGenerator.Sequence("5500", Press, TimeSpan.FromMilliseconds(50))).ShouldBe("5500");
    }

    [Fact]
    public void Detector_LongPress_IsOneDigit()
    {
        Detect(DtmfToneGenerator.Tone('8', TimeSpan.FromSeconds(2))).ShouldBe("8");
    }

    [Fact]
    public void Detector_ReportsTheDurationSeenAtDetection()
    {
        var detector = new DtmfDetector();

        var digit = detector.Process(DtmfToneGenerator.Tone('3', Press)).Single();

        digit.Duration.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(40));
        digit.Duration.ShouldBeLessThan(Press);
    }

    [Fact]
    public void Detector_ToneShorterThanTheMinimumDuration_IsIgnored()
    {
        Detect(DtmfToneGenerator.Tone('1', TimeSpan.FromMilliseconds(30))).ShouldBeEmpty();
    }

    [Fact]
    public void Detector_Silence_GivesNothing()
    {
        Detect(new short[8000]).ShouldBeEmpty();
    }

    [Fact]
    public void Detector_WhiteNoise_GivesNothing()
    {
        Detect(Noise(TimeSpan.FromSeconds(3), -6, seed: 1)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(697)]
    [InlineData(941)]
    [InlineData(1209)]
    [InlineData(1633)]
    [InlineData(1000)]
    public void Detector_SingleTone_GivesNothing(double frequency)
    {
        Detect(Sine(frequency, TimeSpan.FromMilliseconds(500), -6)).ShouldBeEmpty();
    }

    [Fact]
    public void Detector_TwoColumnTonesWithOneRow_IsNotAKey()
    {
        var chord = Mix(Sine(770, Press, -10), Sine(1209, Press, -10), Sine(1477, Press, -10));

        Detect(chord).ShouldBeEmpty();
    }

    [Fact]
    public void Detector_KeyUnderSpeechLikeTones_IsRejectedByTheEnergyShare()
    {
        var cluttered = Mix(DtmfToneGenerator.Tone('2', Press, -14, -14), Sine(400, Press, -8), Sine(2400, Press, -8));

        Detect(cluttered).ShouldBeEmpty();
    }

    [Fact]
    public void Detector_KeyWithModerateNoise_IsStillDetected()
    {
        var noisy = Mix(DtmfToneGenerator.Tone('6', Press, -10, -10), Noise(Press, -35, seed: 2));

        Detect(noisy).ShouldBe("6");
    }

    [Theory]
    [InlineData(-10, -14, "4")]
    [InlineData(-10, -22, "")]
    [InlineData(-13, -10, "4")]
    [InlineData(-18, -10, "")]
    public void Detector_Twist_IsLimited(double rowDbfs, double columnDbfs, string expected)
    {
        Detect(DtmfToneGenerator.Tone('4', Press, rowDbfs, columnDbfs)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(-30, "9")]
    [InlineData(-45, "")]
    public void Detector_EnergyThreshold_RejectsFaintTones(double levelDbfs, string expected)
    {
        Detect(DtmfToneGenerator.Tone('9', Press, levelDbfs, levelDbfs)).ShouldBe(expected);
    }

    [Fact]
    public void Detector_AnyChunking_GivesTheSameDigits()
    {
        var samples = DtmfToneGenerator.Sequence("147*", TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(80));

        Detect(samples, chunk: 1).ShouldBe("147*");
        Detect(samples, chunk: 37).ShouldBe("147*");
        Detect(samples, chunk: samples.Length).ShouldBe("147*");
    }

    [Fact]
    public void Detector_TonesThroughG711_AreStillDetected()
    {
        var samples = DtmfToneGenerator.Sequence(DtmfKeypad.Digits, TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(60));
        var mu = new byte[samples.Length];
        var a = new byte[samples.Length];
        var fromMu = new short[samples.Length];
        var fromA = new short[samples.Length];
        G711MuLaw.Encode(samples, mu);
        G711ALaw.Encode(samples, a);
        G711MuLaw.Decode(mu, fromMu);
        G711ALaw.Decode(a, fromA);

        Detect(fromMu).ShouldBe(DtmfKeypad.Digits);
        Detect(fromA).ShouldBe(DtmfKeypad.Digits);
    }

    [Fact]
    public void Detector_Reset_ForgetsAPartialPress()
    {
        var detector = new DtmfDetector();
        var tone = DtmfToneGenerator.Tone('0', Press);
        detector.Process(tone.AsSpan(0, 300)).ShouldBeEmpty();

        detector.Reset();

        detector.Process(tone.AsSpan(300, 150)).ShouldBeEmpty();
    }

    [Fact]
    public void Generator_ProducesTheRequestedLengthAndLevel()
    {
        var tone = DtmfToneGenerator.Tone('1', TimeSpan.FromMilliseconds(50), -6, -6);
        var sequence = DtmfToneGenerator.Sequence("12", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(25));

        tone.Length.ShouldBe(400);
        sequence.Length.ShouldBe(1200);
        tone.Max(s => Math.Abs((int)s)).ShouldBeInRange(30000, 32767);
        sequence.Skip(400).Take(200).ShouldAllBe(s => s == 0);
    }
}
