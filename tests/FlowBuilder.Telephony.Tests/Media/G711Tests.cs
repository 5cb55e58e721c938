using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Tests.Media;

public sealed class G711Tests
{
    private static IEnumerable<short> AllSamples() => Enumerable.Range(short.MinValue, 65536).Select(i => (short)i);

    [Fact]
    public void MuLawEncode_EverySample_MatchesTheG191Reference()
    {
        var mismatches = AllSamples().Where(s => G711MuLaw.Encode(s) != G191Reference.ULawCompress(s)).Take(5).ToList();

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void MuLawDecode_EveryCode_MatchesTheG191Reference()
    {
        for (var code = 0; code < 256; code++) G711MuLaw.Decode((byte)code).ShouldBe(G191Reference.ULawExpand((byte)code), $"code 0x{code:X2}");
    }

    [Fact]
    public void ALawEncode_EverySample_MatchesTheG191Reference()
    {
        var mismatches = AllSamples().Where(s => G711ALaw.Encode(s) != G191Reference.ALawCompress(s)).Take(5).ToList();

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void ALawDecode_EveryCode_MatchesTheG191Reference()
    {
        for (var code = 0; code < 256; code++) G711ALaw.Decode((byte)code).ShouldBe(G191Reference.ALawExpand((byte)code), $"code 0x{code:X2}");
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(-1, 0x7F)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    public void MuLaw_WellKnownCodes(short sample, int code) => G711MuLaw.Encode(sample).ShouldBe((byte)code);

    [Theory]
    [InlineData(0, 0xD5)]
    [InlineData(-1, 0x55)]
    [InlineData(32767, 0xAA)]
    [InlineData(-32768, 0x2A)]
    public void ALaw_WellKnownCodes(short sample, int code) => G711ALaw.Encode(sample).ShouldBe((byte)code);

    [Fact]
    public void MuLaw_EncodingADecodedValue_GivesTheSameCodeExceptNegativeZero()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code;
            G711MuLaw.Encode(G711MuLaw.Decode((byte)code)).ShouldBe((byte)expected, $"code 0x{code:X2}");
        }
    }

    [Fact]
    public void ALaw_EncodingADecodedValue_GivesTheSameCode()
    {
        for (var code = 0; code < 256; code++) G711ALaw.Encode(G711ALaw.Decode((byte)code)).ShouldBe((byte)code, $"code 0x{code:X2}");
    }

    [Fact]
    public void BothLaws_QuantisationError_IsAtMostHalfAStepOfTheSegment()
    {
        foreach (var sample in AllSamples().Where(s => s is > -32124 and < 32124))
        {
            var mu = G711MuLaw.Encode(sample);
            var muHalfStep = 4 << ((~mu >> 4) & 7);
            Math.Abs(G711MuLaw.Decode(mu) - sample).ShouldBeLessThanOrEqualTo(muHalfStep, $"µ-law at {sample}");

            var a = G711ALaw.Encode(sample);
            var segment = ((a ^ 0x55) >> 4) & 7;
            var aHalfStep = segment < 2 ? 8 : 8 << (segment - 1);
            Math.Abs(G711ALaw.Decode(a) - sample).ShouldBeLessThanOrEqualTo(aHalfStep, $"A-law at {sample}");
        }
    }

    [Fact]
    public void BothLaws_AreMonotonic()
    {
        var previousMu = short.MinValue;
        var previousA = short.MinValue;
        foreach (var sample in AllSamples())
        {
            var mu = G711MuLaw.Decode(G711MuLaw.Encode(sample));
            var a = G711ALaw.Decode(G711ALaw.Encode(sample));
            mu.ShouldBeGreaterThanOrEqualTo(previousMu);
            a.ShouldBeGreaterThanOrEqualTo(previousA);
            previousMu = mu;
            previousA = a;
        }
    }

    [Fact]
    public void SpanOverloads_MatchTheScalarOnes()
    {
        var samples = AllSamples().Where((_, i) => i % 7 == 0).ToArray();
        var mu = new byte[samples.Length];
        var a = new byte[samples.Length];
        var back = new short[samples.Length];

        G711MuLaw.Encode(samples, mu);
        G711ALaw.Encode(samples, a);
        G711MuLaw.Decode(mu, back);

        mu.ShouldBe(samples.Select(G711MuLaw.Encode).ToArray());
        a.ShouldBe(samples.Select(G711ALaw.Encode).ToArray());
        back.ShouldBe(mu.Select(G711MuLaw.Decode).ToArray());
        Should.Throw<ArgumentException>(() => G711ALaw.Decode(a, new short[1]));
    }
}
