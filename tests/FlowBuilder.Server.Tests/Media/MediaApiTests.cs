using System.Net;
using System.Net.Http.Headers;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Server.Tests.Media;

public sealed class MediaApiTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static byte[] Tone(int rate, int channels, double seconds)
    {
        var frames = (int)(rate * seconds);
        var samples = new short[frames * channels];
        for (var i = 0; i < samples.Length; i++) samples[i] = (short)(Math.Sin(2 * Math.PI * 440 * (i / channels) / rate) * 10000);
        return WavWriter.Write(samples, rate, channels);
    }

    private static ByteArrayContent Wav(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return content;
    }

    [Fact]
    public async Task PutMedia_44kStereoWav_StoredAs8kMonoAndListed()
    {
        var response = await _client.PutAsync("/api/media/welcome-44k", Wav(Tone(44100, 2, 2.0)));

        var file = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        file.Text("name").ShouldBe("welcome-44k.wav");
        file["originalSampleRate"]!.GetValue<int>().ShouldBe(44100);
        file["originalChannels"]!.GetValue<int>().ShouldBe(2);
        file["durationSeconds"]!.GetValue<double>().ShouldBe(2.0, 0.01);
        var stored = WavReader.Read(await _client.GetByteArrayAsync("/api/media/welcome-44k.wav"));
        stored.SampleRate.ShouldBe(8000);
        stored.Channels.ShouldBe(1);
        var list = await (await _client.GetAsync("/api/media")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.AsArray().Select(f => f.Text("name")).ShouldContain("welcome-44k.wav");
    }

    [Fact]
    public async Task UploadMedia_Multipart_UsesTheFilesOwnName()
    {
        using var form = new MultipartFormDataContent();
        form.Add(Wav(Tone(16000, 1, 0.5)), "file", "menu-16k.wav");

        var response = await _client.PostAsync("/api/media", form);

        var files = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var only = files.AsArray().ShouldHaveSingleItem()!;
        only.Text("name").ShouldBe("menu-16k.wav");
        only["originalSampleRate"]!.GetValue<int>().ShouldBe(16000);
        File.Exists(Path.Combine(factory.MediaFolder, "menu-16k.wav")).ShouldBeTrue();
    }

    [Fact]
    public async Task PutMedia_NotAWav_Returns415NamingTheProblemAndStoresNothing()
    {
        var response = await _client.PutAsync("/api/media/song.wav", Wav("ID3\u0004 not a wave"u8.ToArray()));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.Text("detail").ShouldContain("song.wav");
        problem.Text("detail").ShouldContain("RIFF");
        File.Exists(Path.Combine(factory.MediaFolder, "song.wav")).ShouldBeFalse();
    }

    [Fact]
    public async Task PutMedia_UnsafeName_Returns400()
    {
        var response = await _client.PutAsync("/api/media/..hidden", Wav(Tone(8000, 1, 0.1)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail").ShouldContain("may only use letters");
    }

    [Fact]
    public async Task GetAndDeleteMedia_UnknownName_Return404()
    {
        (await _client.GetAsync("/api/media/nothing-here.wav")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.DeleteAsync("/api/media/nothing-here.wav")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteMedia_Stored_RemovesIt()
    {
        (await _client.PutAsync("/api/media/bye", Wav(Tone(8000, 1, 0.2)))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.DeleteAsync("/api/media/bye.wav")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync("/api/media/bye.wav")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
