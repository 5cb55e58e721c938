using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Tests.Media.Audio;

public sealed class WavReaderTests
{
    public static TheoryData<int, int, int> Layouts()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var rate in new[] { 8000, 11025, 16000, 22050, 44100, 48000 })
        {
            foreach (var channels in new[] { 1, 2 })
            {
                foreach (var bits in new[] { 8, 16 }) data.Add(rate, channels, bits);
            }
        }
        return data;
    }

    [Fact]
    public void Read_Pcm16Mono_GivesTheSamples()
    {
        short[] samples = [0, 1, -1, short.MaxValue, short.MinValue, 1234];

        var audio = WavReader.Read(WavFile.Pcm16(1, 8000, samples));

        audio.SampleRate.ShouldBe(8000);
        audio.Channels.ShouldBe(1);
        audio.Samples.ShouldBe(samples);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_AnyCommonRateChannelsAndWidth_KeepsTheLayout(int rate, int channels, int bits)
    {
        var frames = rate / 5;
        var data = new byte[frames * channels * bits / 8];

        var audio = WavReader.Read(WavFile.Build(1, channels, rate, bits, data));

        audio.SampleRate.ShouldBe(rate);
        audio.Channels.ShouldBe(channels);
        audio.FrameCount.ShouldBe(frames);
        audio.Duration.ShouldBe(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Read_Pcm8_IsUnsignedAroundMidpoint()
    {
        var audio = WavReader.Read(WavFile.Build(1, 1, 8000, 8, [128, 255, 0]));

        audio.Samples.ShouldBe(new short[] { 0, 32512, -32768 });
    }

    [Theory]
    [InlineData(7)]
    [InlineData(6)]
    public void Read_G711_DecodesWithTheMatchingLaw(int formatCode)
    {
        byte[] codes = [0x00, 0x55, 0x7F, 0x80, 0xD5, 0xFF];

        var audio = WavReader.Read(WavFile.Build(formatCode, 1, 8000, 8, codes));

        var expected = new short[codes.Length];
        if (formatCode == 7) G711MuLaw.Decode(codes, expected);
        else G711ALaw.Decode(codes, expected);
        audio.Samples.ShouldBe(expected);
    }

    [Fact]
    public void Read_OtherChunksBeforeData_AreSkippedIncludingOddPadding()
    {
        var file = WavFile.Build(1, 1, 8000, 16, [1, 0, 2, 0], ("LIST", [1, 2, 3]), ("fact", [0, 0, 0, 0]));

        WavReader.Read(file).Samples.ShouldBe(new short[] { 1, 2 });
    }

    [Fact]
    public void Read_NotRiff_SaysSo()
    {
        Should.Throw<WavFormatException>(() => WavReader.Read("ID3\u0004 not audio at all"u8, "hello.mp3"))
            .Message.ShouldBe("hello.mp3 is not a RIFF/WAVE file (it must start with 'RIFF', size, 'WAVE').");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(85)]
    public void Read_UnsupportedFormatCode_NamesTheCode(int formatCode)
    {
        Should.Throw<WavFormatException>(() => WavReader.Read(WavFile.Build(formatCode, 1, 8000, 32, new byte[8])))
            .Message.ShouldContain($"unsupported format code {formatCode}");
    }

    [Fact]
    public void Read_DataChunkShorterThanDeclared_SaysTruncated()
    {
        var file = WavFile.Pcm16(1, 8000, new short[100]);

        Should.Throw<WavFormatException>(() => WavReader.Read(file.AsSpan(0, file.Length - 10)))
            .Message.ShouldContain("data chunk is truncated (200 bytes declared, 190 present)");
    }

    [Theory]
    [InlineData(1, 3, 8000, 16, "3 channels")]
    [InlineData(1, 1, 96000, 16, "sample rate 96000 Hz")]
    [InlineData(1, 1, 8000, 24, "24 bits per sample")]
    [InlineData(7, 1, 8000, 16, "16 bits per sample")]
    public void Read_UnsupportedLayout_NamesWhatIsWrong(int formatCode, int channels, int rate, int bits, string expected)
    {
        Should.Throw<WavFormatException>(() => WavReader.Read(WavFile.Build(formatCode, channels, rate, bits, new byte[12])))
            .Message.ShouldContain(expected);
    }

    [Fact]
    public void Read_NoFmtChunk_SaysSo()
    {
        Should.Throw<WavFormatException>(() => WavReader.Read(WavFile.Riff([("data", new byte[4])])))
            .Message.ShouldContain("data chunk comes before any fmt chunk");
    }

    [Fact]
    public void Read_AnyPrefixOrCorruptionOfAValidFile_ThrowsOnlyWavFormatException()
    {
        var file = WavFile.Build(1, 2, 44100, 16, new byte[40], ("LIST", [1, 2, 3, 4, 5]));
        var random = new Random(7);
        var unexpected = new List<string>();
        for (var length = 0; length <= file.Length; length++) Check(file.AsSpan(0, length).ToArray());
        for (var i = 0; i < 2000; i++)
        {
            var corrupt = file.ToArray();
            corrupt[random.Next(corrupt.Length)] = (byte)random.Next(256);
            Check(corrupt);
        }

        unexpected.ShouldBeEmpty();

        void Check(byte[] bytes)
        {
            try
            {
                WavReader.Read(bytes);
            }
            catch (WavFormatException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"{e.GetType().Name}: {e.Message}");
            }
        }
    }
}
