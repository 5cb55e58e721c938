using System.Net;
using System.Xml.Linq;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Tts;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

public sealed class AzureSpeechTextToSpeechTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private AzureSpeechTextToSpeech Client(Uri endpoint, TimeProvider? time = null, TimeSpan? timeout = null) =>
        new(_http, new AzureSpeechOptions
        {
            Key = "test-key-123",
            Region = "westeurope",
            Endpoint = endpoint,
            Timeout = timeout ?? Guard,
            UserAgent = "FlowBuilder-tests",
        }, time);

    [Fact]
    public async Task Synthesize_SendsEscapedSsmlWithTheDocumentedHeaders_AndDecodesMuLaw()
    {
        var audio = new byte[4000];
        for (var i = 0; i < audio.Length; i++) audio[i] = G711MuLaw.Encode((short)(i % 40 * 500 - 10000));
        await using var standIn = new AzureSpeechStandIn(async (_, response) =>
        {
            response.ContentType = "audio/basic";
            await response.OutputStream.WriteAsync(audio);
        });

        var result = await Client(standIn.BaseUri)
            .SynthesizeAsync(new TtsRequest("Tom & Jerry <3", "en-GB-SoniaNeural"), CancellationToken.None);

        var request = await standIn.Received.WaitAsync(Guard);
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/cognitiveservices/v1");
        request.Headers["Ocp-Apim-Subscription-Key"].ShouldBe("test-key-123");
        request.Headers["Content-Type"].ShouldBe("application/ssml+xml");
        request.Headers["X-Microsoft-OutputFormat"].ShouldBe("raw-8khz-8bit-mono-mulaw");
        request.Headers["User-Agent"].ShouldBe("FlowBuilder-tests");
        request.Body.ShouldContain("Tom &amp; Jerry &lt;3");
        var ssml = XElement.Parse(request.Body);
        ssml.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("en-GB");
        var voice = ssml.Element("voice").ShouldNotBeNull();
        voice.Attribute("name")!.Value.ShouldBe("en-GB-SoniaNeural");
        voice.Value.ShouldBe("Tom & Jerry <3");

        result.Succeeded.ShouldBeTrue(result.FailureReason);
        result.Audio.SampleRate.ShouldBe(8000);
        result.Audio.Channels.ShouldBe(1);
        result.Audio.Samples.Length.ShouldBe(audio.Length);
        result.Audio.Duration.ShouldBe(TimeSpan.FromSeconds(0.5));
        result.Audio.Samples[123].ShouldBe(G711MuLaw.Decode(audio[123]));
    }

    [Fact]
    public void Ssml_WithRateAndQuotes_IsWellFormed()
    {
        var ssml = AzureSpeechTextToSpeech.Ssml("It's \"fine\"\u0001", "en-US-JennyNeural", 1.25);

        var voice = XElement.Parse(ssml).Element("voice").ShouldNotBeNull();
        var prosody = voice.Element("prosody").ShouldNotBeNull();
        prosody.Attribute("rate")!.Value.ShouldBe("+25%");
        prosody.Value.ShouldBe("It's \"fine\"");
    }

    [Fact]
    public async Task Synthesize_Unauthorized_FailsMentioningTheKey()
    {
        await using var standIn = new AzureSpeechStandIn(AzureSpeechStandIn.Status(401));

        var result = await Client(standIn.BaseUri).SynthesizeAsync(new TtsRequest("Hello", "en-US-JennyNeural"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("subscription key");
        result.FailureReason.ShouldContain("HTTP 401");
        result.FailureReason.ShouldContain("westeurope");
    }

    [Fact]
    public async Task Synthesize_BadRequest_FailsNamingTheVoice()
    {
        await using var standIn = new AzureSpeechStandIn(AzureSpeechStandIn.Status(400, "Unsupported voice"));

        var result = await Client(standIn.BaseUri).SynthesizeAsync(new TtsRequest("Hello", "en-US-NobodyNeural"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("HTTP 400");
        result.FailureReason.ShouldContain("'en-US-NobodyNeural'");
        result.FailureReason.ShouldContain("Unsupported voice");
    }

    [Fact]
    public async Task Synthesize_Throttled_FailsSayingWhenToRetry()
    {
        await using var standIn = new AzureSpeechStandIn(AzureSpeechStandIn.Status(429, retryAfter: "7"));

        var result = await Client(standIn.BaseUri).SynthesizeAsync(new TtsRequest("Hello", "en-US-JennyNeural"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain("throttling");
        result.FailureReason.ShouldContain("retry after 7 s");
    }

    [Fact]
    public async Task Synthesize_NoAnswerBeforeTheTimeout_FailsMentioningTheTimeout()
    {
        var time = new FakeTimeProvider();
        AzureSpeechStandIn? standIn = null;
        standIn = new AzureSpeechStandIn((_, _) => standIn!.Held);
        await using (standIn)
        {
            var client = Client(standIn.BaseUri, time, TimeSpan.FromSeconds(2));

            var synthesis = client.SynthesizeAsync(new TtsRequest("Hello", "en-US-JennyNeural"), CancellationToken.None).AsTask();
            await standIn.Received.WaitAsync(Guard);
            time.Advance(TimeSpan.FromSeconds(2));
            var result = await synthesis.WaitAsync(Guard);

            result.Succeeded.ShouldBeFalse();
            result.FailureReason.ShouldContain("timeout of 2 s");
        }
    }

    [Fact]
    public async Task Synthesize_CallerCancels_Throws()
    {
        AzureSpeechStandIn? standIn = null;
        standIn = new AzureSpeechStandIn((_, _) => standIn!.Held);
        await using (standIn)
        {
            using var cancel = new CancellationTokenSource();
            var synthesis = Client(standIn.BaseUri).SynthesizeAsync(new TtsRequest("Hello", "en-US-JennyNeural"), cancel.Token).AsTask();
            await standIn.Received.WaitAsync(Guard);
            await cancel.CancelAsync();

            await Should.ThrowAsync<OperationCanceledException>(synthesis.WaitAsync(Guard));
        }
    }

    [Fact]
    public async Task Synthesize_NothingListening_FailsNamingTheEndpoint()
    {
        var endpoint = new Uri($"http://127.0.0.1:{AzureSpeechStandIn.UnusedPort()}/");

        var result = await Client(endpoint).SynthesizeAsync(new TtsRequest("Hello", "en-US-JennyNeural"), CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldContain($"Could not reach Azure Speech at http://127.0.0.1:{endpoint.Port}");
    }

    [Fact]
    public void Options_WithoutEndpoint_UseTheRegionalHost()
    {
        var options = new AzureSpeechOptions { Key = "k", Region = "westeurope" };

        options.SynthesisUri.ShouldBe(new Uri("https://westeurope.tts.speech.microsoft.com/cognitiveservices/v1"));
    }
}
