using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Server.Tests.Speech;

public sealed class SpeechUnavailableTests(FakeSpeechApiFactory factory) : IClassFixture<FakeSpeechApiFactory>
{
    private const string NotInstalled = "espeak-ng is not installed: apt-get install espeak-ng";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Speak_EngineFails_Returns503SayingWhatToInstall()
    {
        factory.Speech.FailureReason = NotInstalled;
        try
        {
            var problem = await (await _client.GetAsync("/api/speech?text=Hello%20failing")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

            problem.Text("detail").ShouldContain(NotInstalled);
            problem.Text("detail").ShouldContain("AzureKey");
            problem.Text("engine").ShouldBe("fake");
        }
        finally
        {
            factory.Speech.FailureReason = null;
        }
    }

    [Fact]
    public async Task Status_EngineFails_ReportsUnavailableWithTheReason()
    {
        factory.Speech.FailureReason = NotInstalled;
        try
        {
            // Only a successful probe is cached, and no other test in this class asks for the status.
            var status = await (await _client.GetAsync("/api/speech/status")).ShouldBeJsonAsync(HttpStatusCode.OK);

            status["available"]!.GetValue<bool>().ShouldBeFalse();
            status.Text("engine").ShouldBe("fake");
            status.Text("detail").ShouldContain(NotInstalled);
        }
        finally
        {
            factory.Speech.FailureReason = null;
        }
    }

    [Fact]
    public async Task Speak_SameTextTwice_SynthesisesItOnce()
    {
        var before = factory.Speech.Requests;

        var first = await _client.GetByteArrayAsync("/api/speech?text=Press%20one%20for%20sales");
        var second = await _client.GetByteArrayAsync("/api/speech?text=Press%20one%20for%20sales");

        second.ShouldBe(first);
        WavReader.Read(first).Samples.Max(s => Math.Abs((int)s)).ShouldBeGreaterThan(2000);
        (factory.Speech.Requests - before).ShouldBe(1);
    }
}
