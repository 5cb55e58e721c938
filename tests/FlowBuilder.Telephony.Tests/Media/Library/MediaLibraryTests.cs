using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Library;

namespace FlowBuilder.Telephony.Tests.Media.Library;

public sealed class MediaLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("media-library-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Tone(int rate, int channels, double seconds, double hertz = 440)
    {
        var frames = (int)(rate * seconds);
        var samples = new short[frames * channels];
        for (var i = 0; i < frames; i++)
        {
            var value = (short)(Math.Sin(2 * Math.PI * hertz * i / rate) * 12000);
            for (var c = 0; c < channels; c++) samples[i * channels + c] = value;
        }
        return WavWriter.Write(samples, rate, channels);
    }

    [Theory]
    [InlineData(44100, 2)]
    [InlineData(16000, 1)]
    [InlineData(48000, 1)]
    [InlineData(8000, 1)]
    public void Save_CommonRates_StoredAs8kMonoWithTheSameDuration(int rate, int channels)
    {
        var library = new MediaLibrary(_folder);

        var upload = library.Save("welcome", Tone(rate, channels, 1.5));

        upload.File.Name.ShouldBe("welcome.wav");
        upload.OriginalSampleRate.ShouldBe(rate);
        upload.OriginalChannels.ShouldBe(channels);
        var stored = WavReader.Read(library.Find("welcome.wav").ShouldNotBeNull());
        stored.SampleRate.ShouldBe(8000);
        stored.Channels.ShouldBe(1);
        stored.Duration.TotalSeconds.ShouldBe(1.5, 0.01);
        upload.File.Duration.TotalSeconds.ShouldBe(1.5, 0.01);
        stored.Samples.Max(s => Math.Abs((int)s)).ShouldBeGreaterThan(8000, "the tone survives the conversion");
    }

    [Fact]
    public void Save_NotAWav_ThrowsNamingTheFileAndStoresNothing()
    {
        var library = new MediaLibrary(_folder);

        var error = Should.Throw<WavFormatException>(() => library.Save("broken.wav", "ID3 this is an mp3"u8));

        error.Message.ShouldContain("broken.wav");
        library.List().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a/b.wav")]
    [InlineData(".hidden.wav")]
    [InlineData("")]
    [InlineData("space name.wav")]
    public void Save_UnsafeName_RefusedWithAClearMessage(string name)
    {
        var library = new MediaLibrary(_folder);

        var error = Should.Throw<MediaNameException>(() => library.Save(name, Tone(8000, 1, 0.1)));

        error.Message.ShouldNotBeNullOrWhiteSpace();
        Directory.EnumerateFileSystemEntries(_folder).ShouldBeEmpty();
    }

    [Fact]
    public void ListFindDelete_ReflectTheFolder()
    {
        var library = new MediaLibrary(_folder);
        library.Save("b-prompt.wav", Tone(8000, 1, 0.2));
        library.Save("a-prompt", Tone(16000, 1, 0.4));

        library.List().Select(f => f.Name).ShouldBe(["a-prompt.wav", "b-prompt.wav"]);
        library.Delete("a-prompt").ShouldBeTrue();
        library.Delete("a-prompt").ShouldBeFalse();
        library.Find("a-prompt.wav").ShouldBeNull();
        library.List().Select(f => f.Name).ShouldBe(["b-prompt.wav"]);
    }

    [Fact]
    public void Save_SameNameAgain_ReplacesTheFile()
    {
        var library = new MediaLibrary(_folder);
        library.Save("menu.wav", Tone(8000, 1, 0.2));

        library.Save("menu.wav", Tone(8000, 1, 1.0));

        library.List().ShouldHaveSingleItem().Duration.TotalSeconds.ShouldBe(1.0, 0.01);
    }
}
