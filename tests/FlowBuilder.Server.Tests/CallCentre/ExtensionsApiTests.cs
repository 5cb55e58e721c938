using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.CallCentre;

public sealed class ExtensionsApiTests(CallCentreApiFactory factory) : IClassFixture<CallCentreApiFactory>
{
    private readonly HttpClient _client = factory.ClientFor();

    private static JsonObject Full() => JsonNode.Parse("""
        {
          "displayName": "Ada Lovelace",
          "password": "s3cret-pass",
          "enabled": false,
          "ringSeconds": 30,
          "forwarding": {
            "always": null,
            "onBusy": "group:sales",
            "onNoAnswer": "+15550100",
            "timeZone": "Europe/Berlin",
            "schedule": [ { "days": ["mon", "FRI"], "from": "18:00", "to": "08:00", "target": "+15559999" } ]
          }
        }
        """)!.AsObject();

    [Fact]
    public async Task Put_NewExtension_Created_AndReadsBackWithoutThePassword()
    {
        var created = await (await _client.PutJsonAsync("/api/extensions/2101", Full())).ShouldBeJsonAsync(HttpStatusCode.Created);

        var read = await (await _client.GetAsync("/api/extensions/2101")).ShouldBeJsonAsync(HttpStatusCode.OK);
        foreach (var view in new[] { created, read })
        {
            view.Text("number").ShouldBe("2101");
            view.Text("displayName").ShouldBe("Ada Lovelace");
            view["hasPassword"]!.GetValue<bool>().ShouldBeTrue();
            view.AsObject().ContainsKey("password").ShouldBeFalse();
            view["enabled"]!.GetValue<bool>().ShouldBeFalse();
            view.Number("ringSeconds").ShouldBe(30);
            var forwarding = view["forwarding"]!;
            forwarding.Text("onBusy").ShouldBe("group:sales");
            forwarding.Text("onNoAnswer").ShouldBe("+15550100");
            forwarding.Text("timeZone").ShouldBe("Europe/Berlin");
            var entry = forwarding["schedule"]![0]!;
            entry["days"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["mon", "fri"]);
            (entry.Text("from"), entry.Text("to"), entry.Text("target")).ShouldBe(("18:00", "08:00", "+15559999"));
        }
        (await _client.GetStringAsync("/api/extensions")).ShouldNotContain("s3cret-pass");
    }

    [Fact]
    public async Task Put_Existing_WithoutPassword_ReplacesAndKeepsThePassword()
    {
        (await _client.PutJsonAsync("/api/extensions/2102", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var replaced = await (await _client.PutJsonAsync("/api/extensions/2102", new JsonObject { ["displayName"] = "Front desk" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        replaced.Text("displayName").ShouldBe("Front desk");
        replaced["hasPassword"]!.GetValue<bool>().ShouldBeTrue();
        replaced["enabled"]!.GetValue<bool>().ShouldBeTrue();
        replaced.Number("ringSeconds").ShouldBe(20);
        replaced["forwarding"]!["schedule"]!.AsArray().ShouldBeEmpty();
        var stored = await factory.Services.GetRequiredService<IExtensionStore>().FindAsync("2102", CancellationToken.None);
        stored!.Password.ShouldBe("s3cret-pass");
    }

    [Fact]
    public async Task Put_ScheduleFromEqualsTo_IsTheWholeDay_AndIsStored()
    {
        var body = Full();
        body["forwarding"]!["schedule"]![0]!["from"] = "00:00";
        body["forwarding"]!["schedule"]![0]!["to"] = "00:00";

        (await _client.PutJsonAsync("/api/extensions/2109", body)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var stored = await factory.Services.GetRequiredService<IExtensionStore>().FindAsync("2109", CancellationToken.None);
        var entry = stored!.Forwarding.Schedule!.ShouldHaveSingleItem();
        (entry.From, entry.To).ShouldBe((TimeOnly.MinValue, TimeOnly.MinValue));
    }

    [Fact]
    public async Task Put_NewWithoutPassword_400NamingPassword()
    {
        var problem = await (await _client.PutJsonAsync("/api/extensions/2103", new JsonObject { ["displayName"] = "x" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("$.password");
        problem.Text("detail").ShouldContain("password");
    }

    [Theory]
    [InlineData("password", "short", "$.password")]
    [InlineData("ringSeconds", 4, "$.ringSeconds")]
    [InlineData("ringSeconds", 301, "$.ringSeconds")]
    public async Task Put_FieldOutOfRange_400NamingTheField(string field, object value, string path)
    {
        var body = Full();
        body[field] = JsonValue.Create(value);

        var problem = await (await _client.PutJsonAsync("/api/extensions/2104", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe(path);
    }

    [Theory]
    [InlineData("""{ "timeZone": "Mars/Olympus" }""", "$.forwarding.timeZone", "IANA")]
    [InlineData("""{ "schedule": [ { "days": ["mon"], "from": "6pm", "to": "08:00", "target": "101" } ] }""", "$.forwarding.schedule[0].from", "HH:mm")]
    [InlineData("""{ "schedule": [ { "days": ["mon"], "from": "18:00", "to": "24:00", "target": "101" } ] }""", "$.forwarding.schedule[0].to", "HH:mm")]
    [InlineData("""{ "schedule": [ { "days": ["mon", "funday"], "from": "18:00", "to": "08:00", "target": "101" } ] }""", "$.forwarding.schedule[0].days[1]", "funday")]
    [InlineData("""{ "schedule": [ { "days": [], "from": "18:00", "to": "08:00", "target": "101" } ] }""", "$.forwarding.schedule[0].days", "mon")]
    [InlineData("""{ "schedule": [ { "days": ["sun"], "from": "18:00", "to": "08:00" } ] }""", "$.forwarding.schedule[0].target", "target")]
    [InlineData("""{ "always": "  " }""", "$.forwarding.always", "empty")]
    public async Task Put_BadForwarding_400NamingTheField(string forwarding, string path, string hint)
    {
        var body = Full();
        body["forwarding"] = JsonNode.Parse(forwarding);

        var problem = await (await _client.PutJsonAsync("/api/extensions/2105", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe(path);
        problem.Text("detail").ShouldContain(hint);
        problem["errors"]!.AsArray().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("12a")]
    [InlineData("1234567890123456")]
    public async Task Put_NumberNotTwoToFifteenDigits_400NamingTheNumber(string number)
    {
        var problem = await (await _client.PutJsonAsync($"/api/extensions/{number}", Full())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("path").ShouldBe("number");
    }

    [Fact]
    public async Task Put_NumberOfAGroup_409NamingTheGroup()
    {
        (await _client.PutJsonAsync("/api/extension-groups/ext-clash", new JsonObject { ["members"] = new JsonArray("2199"), ["number"] = "2106" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var problem = await (await _client.PutJsonAsync("/api/extensions/2106", Full())).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Text("detail").ShouldContain("2106");
        problem.Text("detail").ShouldContain("ext-clash");
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeChangeOrDelete_AndItsPutOfTheNumberIs409()
    {
        (await _client.PutJsonAsync("/api/extensions/2107", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var acme = factory.ClientFor("acme");

        (await acme.GetAsync("/api/extensions/2107")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await acme.GetAsync("/api/extensions")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
        (await acme.DeleteAsync("/api/extensions/2107")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await (await acme.PutJsonAsync("/api/extensions/2107", Full())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Text("detail").ShouldContain("'2107' is taken by another company's extension");

        (await _client.GetAsync("/api/extensions/2107")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_Existing_204ThenGone()
    {
        (await _client.PutJsonAsync("/api/extensions/2108", Full())).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.DeleteAsync("/api/extensions/2108")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await _client.GetAsync("/api/extensions/2108")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync("/api/extensions/2108")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
