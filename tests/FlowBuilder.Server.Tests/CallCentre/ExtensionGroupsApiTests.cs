using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.CallCentre;

public sealed class ExtensionGroupsApiTests(CallCentreApiFactory factory) : IClassFixture<CallCentreApiFactory>
{
    private readonly HttpClient _client = factory.ClientFor();

    private static JsonObject Group(string? number = null, string ringMode = "sequential", params string[] members) => new()
    {
        ["members"] = new JsonArray(members.Length == 0 ? ["101", "group:support", "+15550100"] : members.Select(m => (JsonNode?)m).ToArray()),
        ["ringMode"] = ringMode,
        ["ringSeconds"] = 12,
        ["number"] = number,
    };

    [Fact]
    public async Task Put_NewGroup_Created_AndReadsBackEveryField()
    {
        await (await _client.PutJsonAsync("/api/extension-groups/sales", Group("3500"))).ShouldBeJsonAsync(HttpStatusCode.Created);

        var read = await (await _client.GetAsync("/api/extension-groups/sales")).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.Text("name").ShouldBe("sales");
        read["members"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["101", "group:support", "+15550100"]);
        read.Text("ringMode").ShouldBe("sequential");
        read.Number("ringSeconds").ShouldBe(12);
        read.Text("number").ShouldBe("3500");
        (await (await _client.GetAsync("/api/extension-groups")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray()
            .Select(g => g.Text("name")).ShouldContain("sales");
    }

    [Fact]
    public async Task Put_Existing_200AndReplaced()
    {
        (await _client.PutJsonAsync("/api/extension-groups/replace-me", Group())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var replaced = await (await _client.PutJsonAsync("/api/extension-groups/replace-me", new JsonObject { ["members"] = new JsonArray("102") }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        replaced.Text("ringMode").ShouldBe("simultaneous");
        replaced.Number("ringSeconds").ShouldBe(20);
        replaced["number"].ShouldBeNull();
    }

    [Theory]
    [InlineData("""{ "members": [] }""", "$.members")]
    [InlineData("""{ "ringMode": "simultaneous" }""", "$.members")]
    [InlineData("""{ "members": ["101", " "] }""", "$.members[1]")]
    [InlineData("""{ "members": ["101", "101"] }""", "$.members[1]")]
    [InlineData("""{ "members": ["101"], "ringMode": "round-robin" }""", "$.ringMode")]
    [InlineData("""{ "members": ["101"], "ringSeconds": 2 }""", "$.ringSeconds")]
    [InlineData("""{ "members": ["101"], "number": "12-34" }""", "$.number")]
    public async Task Put_Invalid_400NamingTheField(string body, string path)
    {
        var problem = await (await _client.PutTextAsync("/api/extension-groups/invalid", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe(path);
        (await _client.GetAsync("/api/extension-groups/invalid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_NumberOfAnotherGroup_409NamingIt()
    {
        (await _client.PutJsonAsync("/api/extension-groups/first", Group("3600"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var problem = await (await _client.PutJsonAsync("/api/extension-groups/second", Group("3600"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Text("detail").ShouldContain("3600");
        problem.Text("detail").ShouldContain("'first'");
        problem.Text("path").ShouldBe("$.number");
    }

    [Fact]
    public async Task Put_NumberOfAnExtension_409NamingTheExtension()
    {
        (await _client.PutJsonAsync("/api/extensions/3700", new JsonObject { ["password"] = "password-3700" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var problem = await (await _client.PutJsonAsync("/api/extension-groups/clash", Group("3700"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Text("detail").ShouldContain("extension 3700");
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeOrDelete_ButMayUseTheSameName()
    {
        (await _client.PutJsonAsync("/api/extension-groups/shared-name", Group("3800"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var acme = factory.ClientFor("acme");

        (await acme.GetAsync("/api/extension-groups/shared-name")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.DeleteAsync("/api/extension-groups/shared-name")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.PutJsonAsync("/api/extension-groups/shared-name", Group("3800"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await acme.PutJsonAsync("/api/extension-groups/shared-name", Group("3801", "simultaneous", "555"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var mine = await (await _client.GetAsync("/api/extension-groups/shared-name")).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.Text("number").ShouldBe("3800");
        (await (await acme.GetAsync("/api/extension-groups")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Delete_Existing_204ThenGone()
    {
        (await _client.PutJsonAsync("/api/extension-groups/doomed", Group())).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.DeleteAsync("/api/extension-groups/doomed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await _client.GetAsync("/api/extension-groups/doomed")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
