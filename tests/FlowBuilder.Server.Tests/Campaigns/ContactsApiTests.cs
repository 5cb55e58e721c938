using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Campaigns.Imports;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class ContactsApiTests : IAsyncLifetime
{
    private readonly FlowBuilderApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<string> CreateGroupAsync(JsonArray? fields = null)
    {
        var response = await _client.PostJsonAsync("/api/groups", new JsonObject { ["name"] = "Debtors December", ["fields"] = fields ?? [] });
        var group = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/groups/{group.Text("id")}");
        return group.Text("id");
    }

    private static MultipartFormDataContent Upload(string csv, params (string Name, string Value)[] fields) => Upload(Encoding.UTF8.GetBytes(csv), fields);

    private static MultipartFormDataContent Upload(byte[] csv, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "contacts.csv");
        return form;
    }

    /// <summary>Starts the import, waits for the background run to finish and returns its final view.</summary>
    private async Task<JsonNode> ImportAsync(string groupId, MultipartFormDataContent upload)
    {
        var response = await _client.PostAsync($"/api/groups/{groupId}/imports", upload);
        var started = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var id = started.Text("id");
        response.Headers.Location!.ToString().ShouldBe($"/api/imports/{id}");
        var job = _factory.Services.GetRequiredService<ContactImports>().Find("default", id).ShouldNotBeNull();
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        return await (await _client.GetAsync($"/api/imports/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Import_ValidOnly_PollsToCompletion_ListsTheContacts_AndServesTheRejectedRows()
    {
        var groupId = await CreateGroupAsync([new JsonObject { ["name"] = "amountDue", ["type"] = "number", ["required"] = true }]);

        var done = await ImportAsync(groupId, Upload("phone;name;amountDue\n(202) 555-0123;Ann;10,5\n12;\"Bob\nJr\";x\n+12025550124;Cy;3\n2025550123;Dup;1\n"));

        done.Text("status").ShouldBe("completed");
        done.Text("mode").ShouldBe("validOnly");
        (done.Number("rowsRead"), done.Number("imported"), done.Number("rejectedRows"), done.Number("duplicates")).ShouldBe((4, 2, 2, 1));
        done.Number("bytesRead").ShouldBe(done.Number("totalBytes"));
        done["finishedAt"].ShouldNotBeNull();
        var rejected = done["rejected"]!.AsArray();
        rejected.Select(r => r.Number("line")).ShouldBe([3L, 6L]);
        rejected[0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["phone '12' is not a valid number (read with default country US)", "amountDue 'x' is not a number (write 1234.56 or 1234,56)"]);

        var page = await (await _client.GetAsync($"/api/groups/{groupId}/contacts?limit=10")).ShouldBeJsonAsync(HttpStatusCode.OK);
        page.Number("total").ShouldBe(2);
        page["items"]![0]!.Text("phone").ShouldBe("+12025550123");
        page["items"]![0]!["fields"]!["amountDue"]!.GetValue<decimal>().ShouldBe(10.5m);
        (await (await _client.GetAsync($"/api/groups/{groupId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("contactCount").ShouldBe(2);

        var report = await _client.GetAsync($"/api/imports/{done.Text("id")}/rejected.csv");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        report.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await report.Content.ReadAsStringAsync()).ShouldBe(
            "line,reasons,phone,name,amountDue\n" +
            "3,\"phone '12' is not a valid number (read with default country US); amountDue 'x' is not a number (write 1234.56 or 1234,56)\",12,\"Bob\nJr\",x\n" +
            "6,phone +12025550123 duplicates line 2,2025550123,Dup,1\n");
    }

    [Fact]
    public async Task Import_AllOrNothingWithARejectedRow_IsRejectedAndStoresNothing_AndDryRunStoresNothing()
    {
        var groupId = await CreateGroupAsync();

        var rejected = await ImportAsync(groupId, Upload("phone\n+12025550123\nbad\n", ("mode", "allOrNothing")));
        var dry = await ImportAsync(groupId, Upload("phone\n+12025550123\n", ("dryRun", "true")));

        (rejected.Text("status"), rejected.Text("mode"), rejected.Number("imported")).ShouldBe(("rejected", "allOrNothing", 0L));
        (dry.Text("status"), dry["dryRun"]!.GetValue<bool>(), dry.Number("imported")).ShouldBe(("completed", true, 1L));
        (await (await _client.GetAsync($"/api/groups/{groupId}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("total").ShouldBe(0);
    }

    [Fact]
    public async Task Import_EmptyFile_FailsWithTheReason()
    {
        var groupId = await CreateGroupAsync();

        var failed = await ImportAsync(groupId, Upload([]));

        failed.Text("status").ShouldBe("failed");
        failed.Text("error").ShouldStartWith("The file is empty (0 bytes)");
    }

    [Fact]
    public async Task Import_LargerThanTheGeneralBodyLimit_IsAccepted()
    {
        var groupId = await CreateGroupAsync();
        var csv = new StringBuilder("phone,name\n");
        var areaCodes = new[] { 201, 202, 203, 205, 206, 207, 208, 209 };
        for (var i = 0; i < 40_000; i++) csv.Append(CultureInfoInvariant($"+1{areaCodes[i / 10_000]}555{i % 10_000:D4},Customer number {i}\n"));
        Encoding.UTF8.GetByteCount(csv.ToString()).ShouldBeGreaterThan(1_048_576);

        var done = await ImportAsync(groupId, Upload(csv.ToString()));

        (done.Text("status"), done.Number("imported")).ShouldBe(("completed", 40_000L), done.ToJsonString());
    }

    private static string CultureInfoInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Preview_ReturnsHeadersRowsAndSuggestedMapping()
    {
        var groupId = await CreateGroupAsync([new JsonObject { ["name"] = "amountDue", ["type"] = "number" }]);

        var preview = await (await _client.PostAsync($"/api/groups/{groupId}/imports/preview", Upload("Mobile\tFirst name\tAmount due\n2025550123\tAnn\t1\n"))).ShouldBeJsonAsync(HttpStatusCode.OK);

        preview.Text("delimiter").ShouldBe("\t");
        preview.Text("encoding").ShouldBe("utf-8");
        preview["suggestedMapping"]!.ToJsonString().ShouldBe("""{"Mobile":"phone","First name":"name","Amount due":"field:amountDue"}""");
        preview["sampleRows"]![0]!.AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task Export_WritesEveryContactAsCsv()
    {
        var groupId = await CreateGroupAsync([new JsonObject { ["name"] = "due", ["type"] = "date" }]);
        await ImportAsync(groupId, Upload("phone,name,due\n+442079460000,\"Lee, Ann\",31.12.2026\n+12025550123,Bob,\n"));

        var export = await _client.GetAsync($"/api/groups/{groupId}/export.csv");

        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await export.Content.ReadAsStringAsync()).ShouldBe(
            "phone,name,patronymic,timeZone,due\n+442079460000,\"Lee, Ann\",,Europe/London,2026-12-31\n+12025550123,Bob,,America/New_York,\n");
    }

    [Fact]
    public async Task AddContact_ValidatedAsAnImportedRow_422NamesTheFields()
    {
        var groupId = await CreateGroupAsync([new JsonObject { ["name"] = "account", ["required"] = true, ["pattern"] = "[0-9]{4}" }]);

        var created = await (await _client.PostJsonAsync($"/api/groups/{groupId}/contacts",
            new JsonObject { ["phone"] = "202 555 0123", ["name"] = "Ann", ["fields"] = new JsonObject { ["account"] = 1234 } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var invalid = await (await _client.PostJsonAsync($"/api/groups/{groupId}/contacts",
            new JsonObject { ["phone"] = "nope", ["fields"] = new JsonObject { ["account"] = "12", ["other"] = 1 } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var duplicate = await (await _client.PostJsonAsync($"/api/groups/{groupId}/contacts",
            new JsonObject { ["phone"] = "+12025550123", ["fields"] = new JsonObject { ["account"] = "9999" } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        created.Text("phone").ShouldBe("+12025550123");
        created["fields"]!["account"]!.GetValue<string>().ShouldBe("1234");
        invalid["errors"]!.AsObject().Select(e => e.Key).Order().ShouldBe(["fields.account", "fields.other", "phone"]);
        duplicate["errors"]!["phone"]![0]!.GetValue<string>().ShouldBe("phone +12025550123 is already in the group");
        (await _client.DeleteAsync($"/api/groups/{groupId}/contacts/{created.Text("id")}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _client.DeleteAsync($"/api/groups/{groupId}/contacts/{created.Text("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Groups_InvalidInput422_UnknownGroup404_AndBadUploads()
    {
        var invalid = await (await _client.PostJsonAsync("/api/groups", new JsonObject
        {
            ["name"] = "",
            ["defaultCountry"] = "XX",
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "1st" }, new JsonObject { ["name"] = "a", ["pattern"] = "(" }),
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        invalid["errors"]!.AsObject().Select(e => e.Key).Order().ShouldBe(["defaultCountry", "fields[0].name", "fields[1].pattern", "name"]);

        await (await _client.GetAsync("/api/groups/nope")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync("/api/groups/nope/imports", Upload("phone\n"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/imports/imp-nope")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var groupId = await CreateGroupAsync();
        var badMode = await (await _client.PostAsync($"/api/groups/{groupId}/imports", Upload("phone\n", ("mode", "some"), ("delimiter", "x")))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        badMode["errors"]!.AsObject().Select(e => e.Key).Order().ShouldBe(["delimiter", "mode"]);
        var noFile = new MultipartFormDataContent { { new StringContent("validOnly"), "mode" } };
        (await (await _client.PostAsync($"/api/groups/{groupId}/imports", noFile)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["path"]!.GetValue<string>().ShouldBe("file");
        await (await _client.PostTextAsync($"/api/groups/{groupId}/imports", "{}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await _client.DeleteAsync($"/api/groups/{groupId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await _client.GetAsync("/api/groups")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task InfoDatabase_ImportedCsv_IsFoundByPhone()
    {
        var created = await (await _client.PostJsonAsync("/api/info-databases", new JsonObject { ["name"] = "loans" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");

        var imported = await (await _client.PostAsync($"/api/info-databases/{id}/imports", Upload("phone,amountDue,bank\n(202) 555-0123,120.50,Acme\n,1,x\n")))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var record = await (await _client.GetAsync($"/api/info-databases/{id}/records?phone=%2B12025550123")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (imported.Number("imported"), imported.Number("rejectedRows")).ShouldBe((1, 1));
        imported["rejected"]![0]!.Number("line").ShouldBe(3);
        record["data"]!["amountDue"]!.GetValue<decimal>().ShouldBe(120.50m);
        record["data"]!["bank"]!.GetValue<string>().ShouldBe("Acme");
        (await (await _client.GetAsync("/api/info-databases")).ShouldBeJsonAsync(HttpStatusCode.OK))[0]!.Number("recordCount").ShouldBe(1);
        await (await _client.GetAsync($"/api/info-databases/{id}/records?phone=%2B12025550199")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DoNotCall_AddListRemove()
    {
        var added = await _client.PostJsonAsync("/api/do-not-call", new JsonObject { ["phone"] = "(202) 555-0123" });
        var again = await _client.PostJsonAsync("/api/do-not-call", new JsonObject { ["phone"] = "+12025550123" });
        var invalid = await _client.PostJsonAsync("/api/do-not-call", new JsonObject { ["phone"] = "12" });

        (await added.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("phone").ShouldBe("+12025550123");
        (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("source").ShouldBe("api");
        (await invalid.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["errors"]!["phone"].ShouldNotBeNull();
        var list = await (await _client.GetAsync("/api/do-not-call")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.AsArray().Select(e => e.Text("phone")).ShouldBe(["+12025550123"]);
        (await _client.DeleteAsync("/api/do-not-call/%2B12025550123")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _client.DeleteAsync("/api/do-not-call/%2B12025550123")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
