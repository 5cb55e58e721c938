using System.Runtime.Versioning;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Tts;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

public sealed class EspeakTextToSpeechTests : IDisposable
{
    private readonly EspeakTextToSpeech _espeak = new();

    public void Dispose() => _espeak.Dispose();

    [EspeakFact]
    public async Task Synthesize_HelloWorld_ReturnsAudibleTelephonyAudioOfPlausibleLength()
    {
        var result = await _espeak.SynthesizeAsync(new TtsRequest("Hello world", "en-us"), CancellationToken.None);

        result.Succeeded.ShouldBeTrue(result.FailureReason);
        result.Audio.SampleRate.ShouldBe(Resampler.TelephonyRate);
        result.Audio.Channels.ShouldBe(1);
        result.Audio.Duration.ShouldBeInRange(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3));
        Rms(result.Audio.Samples).ShouldBeGreaterThan(500);
    }

    [EspeakFact]
    public async Task Synthesize_VoiceVariant_IsAccepted()
    {
        var result = await _espeak.SynthesizeAsync(new TtsRequest("Press one for sales", "en-gb+f3"), CancellationToken.None);

        result.Succeeded.ShouldBeTrue(result.FailureReason);
        Rms(result.Audio.Samples).ShouldBeGreaterThan(500);
    }

    [EspeakFact]
    public async Task Synthesize_FasterRate_IsShorter()
    {
        const string text = "Your call is important to us, please stay on the line";

        var normal = await _espeak.SynthesizeAsync(new TtsRequest(text, "en-us"), CancellationToken.None);
        var fast = await _espeak.SynthesizeAsync(new TtsRequest(text, "en-us", Rate: 2.0), CancellationToken.None);

        normal.Succeeded.ShouldBeTrue(normal.FailureReason);
        fast.Succeeded.ShouldBeTrue(fast.FailureReason);
        fast.Audio.Duration.ShouldBeLessThan(normal.Audio.Duration * 0.75);
    }

    [EspeakFact]
    public async Task Synthesize_TextThatLooksLikeAnOption_IsSpokenNotObeyed()
    {
        var result = await _espeak.SynthesizeAsync(new TtsRequest("--help", "en-us"), CancellationToken.None);

        result.Succeeded.ShouldBeTrue(result.FailureReason);
        Rms(result.Audio.Samples).ShouldBeGreaterThan(500);
    }

    [EspeakFact]
    public async Task Synthesize_UnknownVoice_FailsNamingTheVoice()
    {
        var result = await _espeak.SynthesizeAsync(new TtsRequest("Hello", "xx"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("does not know voice 'xx'");
    }

    [EspeakFact]
    public async Task Synthesize_UnknownVoiceWithTextLongerThanThePipe_StillFailsNamingTheVoice()
    {
        var text = string.Join(' ', Enumerable.Repeat("Thank you for calling.", 20_000));

        var result = await _espeak.SynthesizeAsync(new TtsRequest(text, "xx"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("does not know voice 'xx'");
    }

    [EspeakFact]
    public async Task ListVoices_IncludesAmericanEnglish()
    {
        var voices = await _espeak.ListVoicesAsync(CancellationToken.None);

        voices.ShouldContain(v => v.Id == "en-us");
    }

    [Fact]
    public async Task Synthesize_ProgramMissing_FailsWithTheInstallCommand()
    {
        using var espeak = new EspeakTextToSpeech(new EspeakOptions { Executable = "/nonexistent/espeak-ng" });

        var result = await espeak.SynthesizeAsync(new TtsRequest("Hello", "en-us"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("apt-get install espeak-ng");
        result.FailureReason.ShouldContain("/nonexistent/espeak-ng");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Synthesize_ProgramHangs_IsKilledAtTheTimeout()
    {
        var time = new FakeTimeProvider();
        var directory = Directory.CreateTempSubdirectory("espeak-hang-");
        try
        {
            var script = Path.Combine(directory.FullName, "espeak-ng");
            await File.WriteAllTextAsync(script, "#!/bin/sh\nexec sleep 60\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using var espeak = new EspeakTextToSpeech(new EspeakOptions { Executable = script, Timeout = TimeSpan.FromSeconds(2) }, time);

            // The process is running once the call returns a pending task.
            var synthesis = espeak.SynthesizeAsync(new TtsRequest("Hello", "en-us"), CancellationToken.None).AsTask();
            time.Advance(TimeSpan.FromSeconds(2));
            var result = await synthesis.WaitAsync(TimeSpan.FromSeconds(10));

            result.Succeeded.ShouldBeFalse();
            result.FailureReason.ShouldContain("timed out after 2 s");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("-s")]
    [InlineData("en us")]
    [InlineData("")]
    public async Task Synthesize_MalformedVoice_FailsWithoutRunningTheProgram(string voice)
    {
        // A missing program would fail differently, so this shows the voice was refused first.
        using var espeak = new EspeakTextToSpeech(new EspeakOptions { Executable = "/nonexistent/espeak-ng" });

        var result = await espeak.SynthesizeAsync(new TtsRequest("Hello", voice), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain($"'{voice}' is not an espeak-ng voice name");
    }

    [Fact]
    public void ParseVoices_ReadsLanguageNameAndGender()
    {
        const string table = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  af              --/M      Afrikaans          gmw/af
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             5  yue             --/-      Chinese_Cantonese  sit/yue              (zh-yue 5)(zh 8)
            """;

        var voices = EspeakTextToSpeech.ParseVoices(table);

        voices.ShouldBe(
        [
            new TtsVoice("af", "Afrikaans", "M"),
            new TtsVoice("en-us", "English (America)", "M"),
            new TtsVoice("yue", "Chinese Cantonese", null),
        ]);
    }

    private static double Rms(short[] samples) =>
        samples.Length == 0 ? 0 : Math.Sqrt(samples.Average(s => (double)s * s));
}
