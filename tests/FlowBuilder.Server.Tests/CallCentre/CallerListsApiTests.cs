using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.CallCentre;

public sealed class CallerListsApiTests(CallCentreApiFactory factory) : IClassFixture<CallCentreApiFactory>
{
    private readonly HttpClient _client = factory.ClientFor();

    private static string Url(string list, string number) => $"/api/caller-lists/{list}/{Uri.EscapeDataString(number)}";

    [Fact]
    public async Task Put_FormattedNumber_StoredNormalized_AndFoundByAnySpelling()
    {
        var created = await (await _client.PutJsonAsync(Url("blocked", "+1 (555) 010-0001"), new JsonObject { ["note"] = "robocaller" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        (created.Text("number"), created.Text("list"), created.Text("note")).ShouldBe(("+15550100001", "blocked", "robocaller"));
        created["flowId"].ShouldBeNull();
        var read = await (await _client.GetAsync(Url("blocked", "+1-555-010-0001"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.Text("number").ShouldBe("+15550100001");
        var list = await (await _client.GetAsync("/api/caller-lists/blocked")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.AsArray().Select(e => e.Text("number")).ShouldContain("+15550100001");
    }

    [Fact]
    public async Task Put_AllowedWithFlowOfTheCompany_StoresTheFlow()
    {
        var flowId = TestFlows.NewId("vip");
        await _client.CreateAsync(TestFlows.Greeter(flowId));

        var created = await (await _client.PutJsonAsync(Url("allowed", "+15550100002"), new JsonObject { ["flowId"] = flowId }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        created.Text("flowId").ShouldBe(flowId);
        (await _client.PutJsonAsync(Url("allowed", "+15550100002"), new JsonObject { ["note"] = "no flow now" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await _client.GetAsync(Url("allowed", "+15550100002"))).ShouldBeJsonAsync(HttpStatusCode.OK))["flowId"].ShouldBeNull();
    }

    [Fact]
    public async Task Put_UnknownFlow_422NamingFlowId()
    {
        var problem = await (await _client.PutJsonAsync(Url("allowed", "+15550100003"), new JsonObject { ["flowId"] = "no-such-flow" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Text("path").ShouldBe("$.flowId");
        problem.Text("detail").ShouldContain("no-such-flow");
    }

    [Fact]
    public async Task Put_BlockedWithFlow_400NamingFlowId()
    {
        var problem = await (await _client.PutJsonAsync(Url("blocked", "+15550100004"), new JsonObject { ["flowId"] = "anything" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("$.flowId");
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("+1")]
    public async Task Put_NotAPhoneNumber_400NamingTheNumber(string number)
    {
        var problem = await (await _client.PutJsonAsync(Url("blocked", number), new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("number");
    }

    [Fact]
    public async Task UnknownList_404SayingWhichListsExist()
    {
        var problem = await (await _client.GetAsync("/api/caller-lists/greylist")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Text("detail").ShouldContain("/api/caller-lists/blocked");
    }

    [Fact]
    public async Task Put_OnTheOtherList_MovesTheNumber()
    {
        (await _client.PutJsonAsync(Url("allowed", "+15550100005"), new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.PutJsonAsync(Url("blocked", "+15550100005"), new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.GetAsync(Url("allowed", "+15550100005"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(Url("blocked", "+15550100005"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_ByAnySpelling_204_AndNotFromTheOtherList()
    {
        (await _client.PutJsonAsync(Url("blocked", "+15550100006"), new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await _client.DeleteAsync(Url("allowed", "+15550100006"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _client.DeleteAsync(Url("blocked", "+1 555 010 0006"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync(Url("blocked", "+15550100006"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeOrDelete_NorUseTheCompanysFlow()
    {
        var flowId = TestFlows.NewId("mine");
        await _client.CreateAsync(TestFlows.Greeter(flowId));
        (await _client.PutJsonAsync(Url("blocked", "+15550100007"), new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var acme = factory.ClientFor("acme");

        (await acme.GetAsync(Url("blocked", "+15550100007"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await acme.GetAsync("/api/caller-lists/blocked")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
        (await acme.DeleteAsync(Url("blocked", "+15550100007"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.PutJsonAsync(Url("allowed", "+15550100008"), new JsonObject { ["flowId"] = flowId })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await _client.GetAsync(Url("blocked", "+15550100007"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
