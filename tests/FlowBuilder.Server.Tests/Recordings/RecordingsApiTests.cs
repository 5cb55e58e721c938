using System.Net;
using System.Net.Http.Headers;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Server.Tests.CallCentre;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Recordings;

public sealed class RecordingsApiTests(CallCentreApiFactory factory) : IClassFixture<CallCentreApiFactory>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);
    private readonly HttpClient _client = factory.ClientFor();

    private async Task<CallRecording> StoreAsync(string callId, DateTimeOffset startedAt, string? companyId = "default", string? otherCallId = null, bool withFile = true)
    {
        var id = $"rec-{Guid.NewGuid():N}";
        var folder = Path.Combine(Path.GetTempPath(), "flowbuilder-recordings-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + ".wav");
        if (withFile) await File.WriteAllBytesAsync(path, Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray());
        var recording = new CallRecording(id, callId, "simulator", RecordingLegs.Both, path, startedAt, startedAt.AddSeconds(7.5), 1000,
            otherCallId, companyId, "support-line", "i-" + callId);
        await factory.Services.GetRequiredService<ICallRecordingStore>().AddAsync(recording, CancellationToken.None);
        return recording;
    }

    [Fact]
    public async Task Get_Recording_ShowsEveryFieldAndDownloadUrl()
    {
        var recording = await StoreAsync("call-a", Start, otherCallId: "call-b");

        var view = await (await _client.GetAsync($"/api/recordings/{recording.Id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (view.Text("id"), view.Text("callId"), view.Text("otherCallId"), view.Text("legs")).ShouldBe((recording.Id, "call-a", "call-b", "both"));
        view["durationSeconds"]!.GetValue<double>().ShouldBe(7.5);
        view.Number("bytes").ShouldBe(1000);
        (view.Text("flowId"), view.Text("instanceId")).ShouldBe(("support-line", "i-call-a"));
        view["startedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Start);
        view.Text("downloadUrl").ShouldBe($"/api/recordings/{recording.Id}/audio");
    }

    [Fact]
    public async Task List_FiltersByEitherCallAndInstance_NewestFirst()
    {
        var first = await StoreAsync("list-1", Start);
        var second = await StoreAsync("list-2", Start.AddMinutes(1), otherCallId: "list-1");

        var byCall = await (await _client.GetAsync("/api/recordings?callId=list-1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        byCall.AsArray().Select(r => r.Text("id")).ShouldBe([second.Id, first.Id]);
        var byInstance = await (await _client.GetAsync("/api/recordings?instanceId=i-list-2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        byInstance.AsArray().Select(r => r.Text("id")).ShouldBe([second.Id]);
        (await (await _client.GetAsync("/api/recordings?limit=1")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task List_LimitOutOfRange_400NamingLimit()
    {
        var problem = await (await _client.GetAsync("/api/recordings?limit=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("limit");
    }

    [Fact]
    public async Task Audio_StreamsTheWavAsAttachment()
    {
        var recording = await StoreAsync("audio-1", Start);

        var response = await _client.GetAsync($"/api/recordings/{recording.Id}/audio");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("audio/wav");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"{recording.Id}.wav");
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBe(1000);
    }

    [Fact]
    public async Task Audio_RangeRequest_206WithThatSlice()
    {
        var recording = await StoreAsync("audio-2", Start);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{recording.Id}/audio");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBe(100);
        bytes[0].ShouldBe((byte)100);
    }

    [Fact]
    public async Task Audio_FileGone_404Problem()
    {
        var recording = await StoreAsync("audio-3", Start, withFile: false);

        var problem = await (await _client.GetAsync($"/api/recordings/{recording.Id}/audio")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Text("title").ShouldBe("Recording file gone");
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeListOrDownload()
    {
        var recording = await StoreAsync("private-1", Start);
        var acme = factory.ClientFor("acme");

        (await acme.GetAsync($"/api/recordings/{recording.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.GetAsync($"/api/recordings/{recording.Id}/audio")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await acme.GetAsync("/api/recordings?callId=private-1")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
    }
}
