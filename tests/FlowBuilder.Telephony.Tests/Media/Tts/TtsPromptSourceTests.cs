using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

public sealed class TtsPromptSourceTests
{
    private readonly CountingTextToSpeech _engine = new();
    private readonly PromptCache _cache = new(1_000_000);

    [Fact]
    public async Task GetFrames_SameTextTwice_SynthesisesOnce()
    {
        var source = new TtsPromptSource(_engine, _cache);
        var request = new TtsRequest("Welcome to Acme", "en-us");

        var first = await source.GetFramesAsync(request, G711Codec.Pcmu, CancellationToken.None);
        var second = await source.GetFramesAsync(request with { }, G711Codec.Pcmu, CancellationToken.None);

        first.Succeeded.ShouldBeTrue(first.FailureReason);
        second.Frames.ShouldBeSameAs(first.Frames);
        _engine.Calls.ShouldBe(1);
        first.Frames.Duration.ShouldBe(TimeSpan.FromMilliseconds(300));
        first.Frames.Codec.ShouldBe(G711Codec.Pcmu);
    }

    [Fact]
    public async Task GetFrames_ManyConcurrentRequestsForOneText_SynthesiseOnce()
    {
        var source = new TtsPromptSource(_engine, _cache);
        var request = new TtsRequest("Please hold", "en-us");

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => source.GetFramesAsync(request, G711Codec.Pcma, CancellationToken.None).AsTask()));

        results.ShouldAllBe(r => r.Succeeded);
        _engine.Calls.ShouldBe(1);
    }

    [Theory]
    [InlineData("Welcome to Acme", "en-gb", null)]
    [InlineData("Welcome to Acme", "en-us", 1.5)]
    [InlineData("Welcome to acme", "en-us", null)]
    public async Task GetFrames_OtherVoiceRateOrText_SynthesisesAgain(string text, string voice, double? rate)
    {
        var source = new TtsPromptSource(_engine, _cache);
        await source.GetFramesAsync(new TtsRequest("Welcome to Acme", "en-us"), G711Codec.Pcmu, CancellationToken.None);

        var other = await source.GetFramesAsync(new TtsRequest(text, voice, rate), G711Codec.Pcmu, CancellationToken.None);

        other.Succeeded.ShouldBeTrue(other.FailureReason);
        _engine.Calls.ShouldBe(2);
        _cache.Count.ShouldBe(2);
    }

    [Fact]
    public async Task GetFrames_EngineFails_ReturnsTheReasonAndDoesNotCacheIt()
    {
        var failing = new CountingTextToSpeech("espeak-ng does not know voice 'xx'");
        var source = new TtsPromptSource(failing, _cache);
        var request = new TtsRequest("Hello", "xx");

        var first = await source.GetFramesAsync(request, G711Codec.Pcmu, CancellationToken.None);
        var second = await source.GetFramesAsync(request, G711Codec.Pcmu, CancellationToken.None);

        first.Succeeded.ShouldBeFalse();
        first.FailureReason.ShouldBe("espeak-ng does not know voice 'xx'");
        second.Succeeded.ShouldBeFalse();
        failing.Calls.ShouldBe(2);
        _cache.Count.ShouldBe(0);
    }

    [Fact]
    public void KeyFor_NamesEngineAndVoiceAndHashesTheText()
    {
        var source = new TtsPromptSource(_engine, _cache);

        var key = source.KeyFor(new TtsRequest("Secret account number 1234", "en-us"), G711Codec.Pcmu);

        key.Source.ShouldStartWith("tts:counting:en-us:");
        key.Source.ShouldNotContain("1234");
        key.Codec.ShouldBe(G711Codec.Pcmu);
    }
}
