using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Events;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>The subscriptions API: the secret shown once, validation naming the field, update, delete.</summary>
public sealed class SubscriptionsApiTests(NotificationsApiFactory factory) : IClassFixture<NotificationsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Create_ReturnsSecretOnce_ListAndGetNeverShowIt()
    {
        var created = await (await _client.PostJsonAsync("/api/subscriptions", new JsonObject
        {
            ["url"] = "http://127.0.0.1:9/hooks",
            ["events"] = new JsonArray("flow.completed", "call.ended"),
            ["description"] = "billing",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        created.Text("secret").ShouldStartWith("whsec_");
        created.Text("id").ShouldStartWith("sub_");
        created["active"]!.GetValue<bool>().ShouldBeTrue();
        var id = created.Text("id");
        var one = await (await _client.GetAsync($"/api/subscriptions/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        one["secret"].ShouldBeNull();
        one["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["flow.completed", "call.ended"]);
        one.Text("description").ShouldBe("billing");
        var list = await (await _client.GetAsync("/api/subscriptions")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var listed = list.AsArray().Single(s => s!.Text("id") == id)!;
        listed["secret"].ShouldBeNull();
    }

    [Fact]
    public async Task UnknownEventType_Is422NamingTheEntryAndListingKnownTypes()
    {
        var response = await _client.PostJsonAsync("/api/subscriptions", new JsonObject
        {
            ["url"] = "https://example.com/hook",
            ["events"] = new JsonArray("flow.completed", "flow.exploded"),
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("path").ShouldBe("$.events[1]");
        problem.Text("detail").ShouldContain("flow.exploded");
        problem.Text("detail").ShouldContain(EventTypes.SmsDelivered);
        problem["known"]!.AsArray().Count.ShouldBe(EventTypes.All.Count);
    }

    [Theory]
    [InlineData("""{ "events": ["*"] }""", "$.url")]
    [InlineData("""{ "url": "/relative/hook", "events": ["*"] }""", "$.url")]
    [InlineData("""{ "url": "ftp://example.com/hook", "events": ["*"] }""", "$.url")]
    [InlineData("""{ "url": "https://example.com/hook", "events": [] }""", "$.events")]
    [InlineData("""{ "url": "https://example.com/hook" }""", "$.events")]
    public async Task InvalidField_Is422NamingIt(string body, string path)
    {
        var response = await _client.PostTextAsync("/api/subscriptions", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("path").ShouldBe(path);
    }

    [Fact]
    public async Task Patch_ChangesOnlyTheFieldsGiven_DeleteRemovesIt()
    {
        var created = await (await _client.PostJsonAsync("/api/subscriptions", new JsonObject
        {
            ["url"] = "https://example.com/a",
            ["events"] = new JsonArray("*"),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");

        var patched = await (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/subscriptions/{id}")
        {
            Content = new StringContent("""{ "url": "https://example.com/b", "events": ["sms.failed"], "active": false }""", Encoding.UTF8, "application/json"),
        })).ShouldBeJsonAsync(HttpStatusCode.OK);
        patched.Text("url").ShouldBe("https://example.com/b");
        patched["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["sms.failed"]);
        patched["active"]!.GetValue<bool>().ShouldBeFalse();

        var badPatch = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/subscriptions/{id}")
        {
            Content = new StringContent("""{ "events": ["nope"] }""", Encoding.UTF8, "application/json"),
        });
        (await badPatch.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("path").ShouldBe("$.events[0]");

        (await _client.DeleteAsync($"/api/subscriptions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var gone = await _client.GetAsync($"/api/subscriptions/{id}");
        (await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("detail").ShouldContain(id);
    }

    [Fact]
    public async Task Deliveries_UnknownStatusFilter_Is422ListingStatuses_UnknownDelivery_Is404()
    {
        var problem = await (await _client.GetAsync("/api/deliveries?status=lost")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("path").ShouldBe("status");
        problem.Text("detail").ShouldContain("dead");

        await (await _client.GetAsync("/api/deliveries/dlv_missing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync("/api/deliveries/dlv_missing/redeliver", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync("/api/subscriptions/sub_missing/test", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
