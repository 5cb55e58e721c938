using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class ImportBodyLimitTests : IAsyncLifetime
{
    private readonly LimitedFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ImportLargerThanMaxImportBytes_413NamesTheSetting_WhileOtherRoutesKeepTheirLimit()
    {
        var group = (await (await _client.PostJsonAsync("/api/groups", new JsonObject { ["name"] = "Big" })).ShouldBeJsonAsync(HttpStatusCode.Created)).Text("id");
        var csv = "phone\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"+1202555{i:D4}\n"));
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "big.csv" } };

        var tooLarge = await (await _client.PostAsync($"/api/groups/{group}/imports", upload)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var small = await _client.PostAsync($"/api/groups/{group}/imports",
            new MultipartFormDataContent { { new ByteArrayContent("phone\n+12025550123\n"u8.ToArray()), "file", "small.csv" } });

        tooLarge["detail"]!.GetValue<string>().ShouldContain("MaxImportBytes");
        small.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    private sealed class LimitedFactory : FlowBuilderApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["FlowBuilder:Server:MaxImportBytes"] = "2048" };
    }
}
