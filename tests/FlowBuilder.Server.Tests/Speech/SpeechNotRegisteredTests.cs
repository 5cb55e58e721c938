using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Speech;

public sealed class SpeechNotRegisteredTests(NoSpeechApiFactory factory) : IClassFixture<NoSpeechApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Speak_NoEngineRegistered_Returns503SayingWhatToConfigure()
    {
        var problem = await (await _client.GetAsync("/api/speech?text=Hello")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        problem.Text("detail").ShouldContain("apt-get install espeak-ng");
        problem.Text("engine").ShouldBe("none");
    }

    [Fact]
    public async Task Status_NoEngineRegistered_ReportsUnavailable()
    {
        var status = await (await _client.GetAsync("/api/speech/status")).ShouldBeJsonAsync(HttpStatusCode.OK);

        status["available"]!.GetValue<bool>().ShouldBeFalse();
        status.Text("engine").ShouldBe("none");
    }
}
