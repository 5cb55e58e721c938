using FlowBuilder.Campaigns.Import;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Import;

public sealed class ContactImporterValidationTests
{
    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData("|")]
    public async Task Import_EachDelimiter_IsDetectedFromTheFirstLines(string delimiter)
    {
        var harness = new ImportHarness();
        var csv = string.Join('\n', [$"phone{delimiter}name{delimiter}patronymic", $"+12025550123{delimiter}\"Ann{delimiter}Lee\"{delimiter}B", $"+12025550124{delimiter}Bob{delimiter}C", ""]);

        var result = await harness.ImportAsync(csv);

        result.Delimiter.ShouldBe(delimiter[0]);
        result.Imported.ShouldBe(2);
        (await harness.StoredAsync()).Select(c => (c.Name, c.Patronymic)).ShouldBe([($"Ann{delimiter}Lee", "B"), ("Bob", "C")]);
    }

    [Fact]
    public async Task Import_GivenDelimiter_OverridesDetection()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone;name\n+12025550123;Ann,Lee\n", new ContactImportOptions(Delimiter: ';'));

        result.Imported.ShouldBe(1);
        (await harness.StoredAsync()).Single().Name.ShouldBe("Ann,Lee");
    }

    [Fact]
    public async Task Import_HeaderAliases_MapByNameIgnoringCaseAndSpaces()
    {
        var harness = new ImportHarness(new ContactField("amountDue", ContactFieldType.Number, Label: "Amount due"));

        var result = await harness.ImportAsync("Telephone,First Name,Middle_Name,Time Zone,AMOUNT DUE,Comment\n+442079460002,Ann,B,Europe/London,12.5,ignored\n");

        result.Imported.ShouldBe(1);
        var contact = (await harness.StoredAsync()).Single();
        contact.ShouldBe(contact with { Phone = "+442079460002", Name = "Ann", Patronymic = "B", TimeZone = "Europe/London" });
        contact.Fields.ShouldBe(new Dictionary<string, object?> { ["amountDue"] = 12.5m });
    }

    [Fact]
    public async Task Import_ExplicitMapping_WinsOverNames()
    {
        var harness = new ImportHarness(new ContactField("note"));
        var mapping = new Dictionary<string, string> { ["name"] = "field:note", ["who"] = "name", ["phone"] = "ignore", ["alt"] = "phone" };

        var result = await harness.ImportAsync("phone,alt,who,name\n+12025550199,+12025550123,Ann,hello\n", new ContactImportOptions(Mapping: mapping));

        result.Imported.ShouldBe(1);
        var contact = (await harness.StoredAsync()).Single();
        (contact.Phone, contact.Name, contact.Fields["note"]).ShouldBe(("+12025550123", "Ann", (object?)"hello"));
    }

    [Theory]
    [InlineData("{\"nope\":\"phone\"}", "The mapping names the column 'nope', which the file does not have. Its columns are: tel, name.")]
    [InlineData("{\"name\":\"field:missing\"}", "The mapping sends 'name' to the field 'missing', which the group does not have.")]
    [InlineData("{\"name\":\"surname\"}", "The mapping sends 'name' to 'surname'. Use phone, name, patronymic, timeZone, field:<name> or ignore.")]
    [InlineData("{\"tel\":\"ignore\"}", "No column is the phone number. The file's columns are: tel, name.")]
    public async Task Import_BadMapping_FailsNamingTheColumn(string mappingJson, string error)
    {
        var harness = new ImportHarness();
        var mapping = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(mappingJson);

        var result = await harness.ImportAsync("tel,name\n+12025550123,Ann\n", new ContactImportOptions(Mapping: mapping));

        result.Status.ShouldBe(ContactImportStatus.Failed);
        result.Error!.ShouldStartWith(error);
    }

    [Fact]
    public async Task Import_NationalNumbers_AreNormalisedToE164WithTheDefaultCountry()
    {
        var harness = new ImportHarness();

        var us = await harness.ImportAsync("phone\n(202) 555-0123\n+44 20 7946 0000\n");
        var gb = await harness.ImportAsync("phone\n020 7946 0001\n", new ContactImportOptions(DefaultCountry: "GB"));

        (us.Imported, gb.Imported).ShouldBe((2, 1));
        (await harness.StoredAsync()).Select(c => (c.Phone, c.TimeZone)).ShouldBe(
            [("+12025550123", "America/New_York"), ("+442079460000", "Europe/London"), ("+442079460001", "Europe/London")]);
    }

    [Fact]
    public async Task Import_TimeZone_TheColumnElseTheNumbersOnlyZoneElseNull()
    {
        var harness = new ImportHarness();

        await harness.ImportAsync("phone,tz\n+12025550123,Europe/Paris\n+12025550124,\n+79123456789,Asia/Yekaterinburg\n+79161234567,\n");

        (await harness.StoredAsync()).Select(c => c.TimeZone).ShouldBe(["Europe/Paris", "America/New_York", "Asia/Yekaterinburg", null]);
    }

    [Fact]
    public async Task Import_EveryReasonOfARow_IsReported()
    {
        var harness = new ImportHarness(new ContactField("account", Required: true, Pattern: @"\d{6}"), new ContactField("due", ContactFieldType.Date),
            new ContactField("vip", ContactFieldType.Boolean));

        var result = await harness.ImportAsync("phone,account,due,vip,timeZone\n12,,31.02.2026,maybe,Mars/Base\n+12025550123,1234567,2026-12-31,yes,\n");

        result.RejectedRows.ShouldBe(2);
        result.Rejected[0].ShouldBe(result.Rejected[0] with { Line = 2 });
        result.Rejected[0].Reasons.ShouldBe([
            "phone '12' is not a valid number (read with default country US)",
            "timeZone 'Mars/Base' is not an IANA time zone (write e.g. Europe/London or America/New_York)",
            "account is required",
            "due '31.02.2026' is not a date (write yyyy-MM-dd, dd.MM.yyyy or MM/dd/yyyy)",
            "vip 'maybe' is not true/false, yes/no or 1/0",
        ]);
        result.Rejected[1].Reasons.ShouldBe([@"account '1234567' does not match the pattern \d{6}"]);
    }

    [Fact]
    public async Task Import_TypedFields_AreParsed()
    {
        var harness = new ImportHarness(new ContactField("amount", ContactFieldType.Number), new ContactField("due", ContactFieldType.Date),
            new ContactField("vip", ContactFieldType.Boolean), new ContactField("code", Pattern: "[A-Z]{2}"));

        await harness.ImportAsync("phone;amount;due;vip;code\n+12025550123;\"1234,56\";05.01.2027;Yes;AB\n+12025550124;-7.5;12/31/2026;0;\n");

        var stored = await harness.StoredAsync();
        stored[0].Fields.ShouldBe(new Dictionary<string, object?> { ["amount"] = 1234.56m, ["due"] = new DateOnly(2027, 1, 5), ["vip"] = true, ["code"] = "AB" }, ignoreOrder: true);
        stored[1].Fields.ShouldBe(new Dictionary<string, object?> { ["amount"] = -7.5m, ["due"] = new DateOnly(2026, 12, 31), ["vip"] = false }, ignoreOrder: true);
    }

    [Fact]
    public async Task Import_DuplicateInTheFile_NamesTheLineItDuplicates()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone,name\n+12025550123,Ann\n+12025550124,Bob\n(202) 555-0123,Ann again\n");

        (result.Imported, result.Duplicates, result.RejectedRows).ShouldBe((2, 1, 1));
        result.Rejected.Single().ShouldBe(new RejectedContactRow(4, ["phone +12025550123 duplicates line 2"], ["(202) 555-0123", "Ann again"]), new RejectedRowComparer());
    }

    [Fact]
    public async Task Import_DuplicateOfAStoredContact_IsRejected()
    {
        var harness = new ImportHarness();
        await harness.ImportAsync("phone\n+12025550123\n");

        var result = await harness.ImportAsync("phone\n+12025550124\n2025550123\n");

        (result.Imported, result.Duplicates).ShouldBe((1, 1));
        result.Rejected.Single().Reasons.ShouldBe(["phone +12025550123 is already in the group"]);
        (await harness.StoredAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Import_AllOrNothingWithARejectedRow_ImportsNothing()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone\n+12025550123\n+12025550124\nbad\n+12025550125\n", new ContactImportOptions(ContactImportMode.AllOrNothing));

        result.Status.ShouldBe(ContactImportStatus.Rejected);
        (result.RowsRead, result.Imported, result.RejectedRows).ShouldBe((4, 0, 1));
        (await harness.StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_AllOrNothingWithEveryRowValid_ImportsEveryRow()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone\n+12025550123\n+12025550124\n", new ContactImportOptions(ContactImportMode.AllOrNothing));

        result.Status.ShouldBe(ContactImportStatus.Completed);
        (await harness.StoredAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Import_ValidOnly_ImportsTheValidRowsAndReportsTheRest()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone\n+12025550123\nbad\n+12025550124\n");

        result.Status.ShouldBe(ContactImportStatus.Completed);
        (result.Imported, result.RejectedRows).ShouldBe((2, 1));
        (await harness.StoredAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Import_DryRun_CountsButWritesNothing()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone\n+12025550123\nbad\n+12025550124\n", new ContactImportOptions(DryRun: true));

        result.Status.ShouldBe(ContactImportStatus.Completed);
        (result.Imported, result.RejectedRows).ShouldBe((2, 1));
        (await harness.StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_ManyRejectedRows_KeepsTheFirstHundredAndReportsEveryOne()
    {
        var harness = new ImportHarness();
        var csv = "phone\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"bad{i}\n"));

        var result = await harness.ImportAsync(csv);

        result.RejectedRows.ShouldBe(150);
        result.Rejected.Count.ShouldBe(ContactImportResult.KeptRejections);
        harness.AllRejected.Select(r => r.Line).ShouldBe(Enumerable.Range(2, 150).Select(i => (long)i));
    }

    [Fact]
    public async Task Import_Progress_IsReportedInBytesAndRows()
    {
        var harness = new ImportHarness();
        var csv = "phone\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"+1202555{i:D4}\n"));
        var reports = new List<ContactImportProgress>();

        var result = await harness.ImportAsync(csv, new ContactImportOptions { ProgressEveryRows = 3 }, new SynchronousProgress(reports.Add));

        reports.Select(r => r.RowsRead).ShouldBe([0L, 3, 6, 9, 10]);
        reports.Last().ShouldBe(new ContactImportProgress(csv.Length, csv.Length, 10, 10, 0, 0));
        result.BytesRead.ShouldBe(csv.Length);
    }

    private sealed class SynchronousProgress(Action<ContactImportProgress> report) : IProgress<ContactImportProgress>
    {
        public void Report(ContactImportProgress value) => report(value);
    }

    private sealed class RejectedRowComparer : IEqualityComparer<RejectedContactRow>
    {
        public bool Equals(RejectedContactRow? x, RejectedContactRow? y) =>
            x is not null && y is not null && x.Line == y.Line && x.Reasons.SequenceEqual(y.Reasons) && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(RejectedContactRow obj) => obj.Line.GetHashCode();
    }
}
