using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Server.Tests.Speech;

/// <summary>/api/speech with the default engine, espeak-ng (tests/run-all.sh installs it).</summary>
public sealed class SpeechApiTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Speak_Hello_ReturnsAnAudibleEightKilohertzWav()
    {
        var response = await _client.GetAsync("/api/speech?text=Hello%2C%20welcome%20to%20FlowBuilder.");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("audio/wav");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8).ShouldBeTrue();
        bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8).ShouldBeTrue();
        var wav = WavReader.Read(bytes);
        wav.SampleRate.ShouldBe(8000);
        wav.Channels.ShouldBe(1);
        wav.Duration.ShouldBeGreaterThan(TimeSpan.FromSeconds(0.5));
        wav.Samples.Max(s => Math.Abs((int)s)).ShouldBeGreaterThan(2000);
    }

    [Theory]
    [InlineData("/api/speech")]
    [InlineData("/api/speech?text=")]
    [InlineData("/api/speech?text=%20%20")]
    public async Task Speak_NoText_Returns400NamingText(string url)
    {
        var problem = await (await _client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("text");
        problem.Text("detail").ShouldContain("'text'");
    }

    [Fact]
    public async Task Speak_TextOver2000Characters_Returns400NamingText()
    {
        var problem = await (await _client.GetAsync($"/api/speech?text={new string('a', 2001)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("text");
        problem.Text("detail").ShouldContain("2000");
    }

    [Fact]
    public async Task Speak_VoiceEspeakDoesNotKnow_Returns400NamingVoice()
    {
        var problem = await (await _client.GetAsync("/api/speech?text=Hello&voice=xx-nosuchvoice")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("voice");
        problem.Text("detail").ShouldContain("xx-nosuchvoice");
    }

    [Fact]
    public async Task Status_EspeakInstalled_ReportsAvailable()
    {
        var status = await (await _client.GetAsync("/api/speech/status")).ShouldBeJsonAsync(HttpStatusCode.OK);

        status["available"]!.GetValue<bool>().ShouldBeTrue(status.ToJsonString());
        status.Text("engine").ShouldBe("espeak-ng");
        status.Text("detail").ShouldContain("en-us");
    }
}
