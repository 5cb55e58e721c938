using System.Text.Json.Nodes;

namespace FlowBuilder.Cli.Tests;

public sealed class ContactsCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _files = new();
    private RealServer _server = null!;

    public async Task InitializeAsync() => _server = await RealServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Import_ValidOnly_ImportsTheValidRows_PrintsTheRejectedLines_AndExitsZero()
    {
        var group = await _server.CreateGroupAsync(new JsonObject { ["name"] = "amountDue", ["type"] = "number" });
        var file = _files.Write("debtors.csv", "phone,name,amountDue\n2025550123,Ann,10\nnope,\"Bob\nJr\",1\n+12025550124,Cy,x\n+12025550125,Dee,3\n");

        var result = await Cli.RunAsync("contacts", "import", file, "--group", group, "--server", _server.Url);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain($"{file} -> group {group}: completed");
        result.Output.ShouldContain("rows read 4, imported 2, rejected 2 (duplicates 0)");
        result.Output.ShouldContain("line 3: phone 'nope' is not a phone number");
        result.Output.ShouldContain("line 5: amountDue 'x' is not a number (write 1234.56 or 1234,56)");
        var page = JsonNode.Parse(await _server.Client.GetStringAsync($"/api/groups/{group}/contacts"))!;
        page["total"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task Import_AllOrNothingWithARejectedRow_ImportsNothingAndExitsOne()
    {
        var group = await _server.CreateGroupAsync();
        var file = _files.Write("debtors.csv", "phone\n+12025550123\nbad\n");

        var result = await Cli.RunAsync("contacts", "import", file, "--group", group, "--mode", "allOrNothing", "--server", _server.Url);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("rejected");
        result.Output.ShouldContain("line 3: phone 'bad' is not a phone number");
        result.Error.ShouldContain("allOrNothing: rows were rejected, so nothing was imported");
        JsonNode.Parse(await _server.Client.GetStringAsync($"/api/groups/{group}/contacts"))!["total"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Import_DryRunWithCountry_WritesNothing_AndAFailedImportExitsThree()
    {
        var group = await _server.CreateGroupAsync();
        var file = _files.Write("gb.csv", "phone\n020 7946 0000\n");
        var empty = _files.Write("empty.csv", "");

        var dry = await Cli.RunAsync("contacts", "import", file, "--group", group, "--dry-run", "--country", "GB", "--server", _server.Url);
        var failed = await Cli.RunAsync("contacts", "import", empty, "--group", group, "--server", _server.Url);

        dry.ExitCode.ShouldBe(0, dry.ToString());
        dry.Output.ShouldContain("completed (dry run, nothing written)");
        dry.Output.ShouldContain("would import 1");
        JsonNode.Parse(await _server.Client.GetStringAsync($"/api/groups/{group}/contacts"))!["total"]!.GetValue<long>().ShouldBe(0);
        failed.ExitCode.ShouldBe(3, failed.ToString());
        failed.Error.ShouldContain("error: The file is empty (0 bytes)");
    }

    [Fact]
    public async Task Import_UnknownGroupOrMissingFileOrNoServer_ExplainsAndExitsNonZero()
    {
        var file = _files.Write("a.csv", "phone\n+12025550123\n");

        var unknown = await Cli.RunAsync("contacts", "import", file, "--group", "nope", "--server", _server.Url);
        var missing = await Cli.RunAsync("contacts", "import", Path.Combine(_files.Path, "missing.csv"), "--group", "nope", "--server", _server.Url);
        var noServer = await Cli.RunAsync("contacts", "import", file, "--group", "nope", "--server", "http://127.0.0.1:1");

        unknown.ExitCode.ShouldBe(1, unknown.ToString());
        unknown.Error.ShouldContain("There is no subscriber group 'nope'");
        missing.ExitCode.ShouldBe(2, missing.ToString());
        missing.Error.ShouldContain("no such file");
        noServer.ExitCode.ShouldBe(2, noServer.ToString());
        noServer.Error.ShouldContain("cannot reach the FlowBuilder server");
    }

    [Fact]
    public async Task Export_WritesTheGroupsCsvToTheFile()
    {
        var group = await _server.CreateGroupAsync();
        await Cli.RunAsync("contacts", "import", _files.Write("in.csv", "phone,name\n+12025550123,Ann\n"), "--group", group, "--server", _server.Url);
        var output = Path.Combine(_files.Path, "out.csv");

        var result = await Cli.RunAsync("contacts", "export", "--group", group, "-o", output, "--server", _server.Url);

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(output).ShouldBe("phone,name,patronymic,timeZone\n+12025550123,Ann,,America/New_York\n");
        (await Cli.RunAsync("contacts", "export", "--group", "nope", "-o", output, "--server", _server.Url)).ExitCode.ShouldBe(1);
    }
}
