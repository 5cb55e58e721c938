using System.Text;
using FlowBuilder.Campaigns.Import;

namespace FlowBuilder.Campaigns.Tests.Import;

public sealed class ContactImporterEncodingTests
{
    [Fact]
    public async Task Import_Utf8WithBom_ReadsTheFirstHeaderWithoutTheMark()
    {
        var harness = new ImportHarness();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("phone,name\n+12025550123,Иван\n")).ToArray();

        var result = await harness.ImportAsync(bytes);

        result.Status.ShouldBe(ContactImportStatus.Completed);
        result.Headers.ShouldBe(["phone", "name"]);
        (await harness.StoredAsync()).Single().Name.ShouldBe("Иван");
    }

    [Fact]
    public async Task Import_Utf16WithBom_IsDecoded()
    {
        var harness = new ImportHarness();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("phone;name\r\n+12025550123;Пётр\r\n")).ToArray();

        var result = await harness.ImportAsync(bytes);

        result.Status.ShouldBe(ContactImportStatus.Completed);
        result.Imported.ShouldBe(1);
        (await harness.StoredAsync()).Single().Name.ShouldBe("Пётр");
    }

    [Fact]
    public async Task Import_InvalidUtf8InAQuotedMultilineField_FailsNamingTheLineAndImportsNothing()
    {
        var harness = new ImportHarness();
        var bytes = Encoding.UTF8.GetBytes("phone,name\n+12025550123,Ann\n+12025550124,\"first\nsecond ")
            .Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"\n")).ToArray();

        var result = await harness.ImportAsync(bytes);

        result.Status.ShouldBe(ContactImportStatus.Failed);
        result.Error.ShouldNotBeNull();
        result.Error.ShouldStartWith("Line 4 is not valid UTF-8");
        result.Error.ShouldContain("Save it as UTF-8");
        result.Imported.ShouldBe(0);
        (await harness.StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_Windows1251Bytes_FailsAskingForUtf8()
    {
        var harness = new ImportHarness();
        // "Иван" in Windows-1251.
        var bytes = Encoding.UTF8.GetBytes("phone,name\n+12025550123,").Concat(new byte[] { 0xC8, 0xE2, 0xE0, 0xED }).Concat("\n"u8.ToArray()).ToArray();

        var result = await harness.ImportAsync(bytes);

        result.Status.ShouldBe(ContactImportStatus.Failed);
        result.Error!.ShouldStartWith("Line 2 is not valid UTF-8");
        result.Error.ShouldContain("Windows-1251");
        (await harness.StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_Windows1251Header_FailsOnLineOne()
    {
        var harness = new ImportHarness();
        var bytes = new byte[] { 0xD2, 0xE5, 0xEB }.Concat(Encoding.UTF8.GetBytes(",phone\nx,+12025550123\n")).ToArray();

        var result = await harness.ImportAsync(bytes);

        result.Status.ShouldBe(ContactImportStatus.Failed);
        result.Error!.ShouldStartWith("Line 1 is not valid UTF-8");
    }

    [Fact]
    public async Task Import_ZeroByteFile_FailsWithAClearError()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync([]);

        result.Status.ShouldBe(ContactImportStatus.Failed);
        result.Error!.ShouldStartWith("The file is empty (0 bytes)");
    }

    [Fact]
    public async Task Import_HeaderOnly_CompletesWithNoRows()
    {
        var harness = new ImportHarness();

        var result = await harness.ImportAsync("phone,name\n");

        result.Status.ShouldBe(ContactImportStatus.Completed);
        result.RowsRead.ShouldBe(0);
        result.Imported.ShouldBe(0);
        result.Error.ShouldBeNull();
    }

    [Fact]
    public async Task Import_QuotedFieldsWithNewlines_ReportLinesWhereRecordsStart()
    {
        var harness = new ImportHarness();
        var csv = "phone,name\n\"+12025550123\",\"Ann\nSmith\"\nnot-a-phone,\"Bob\r\nJones\nJr\"\n\n+12025550124,Cy\nbad,Dee\n";

        var result = await harness.ImportAsync(csv);

        result.Imported.ShouldBe(2);
        result.Rejected.Select(r => r.Line).ShouldBe([4L, 9L]);
        result.Rejected[0].Values.ShouldBe(["not-a-phone", "Bob\r\nJones\nJr"]);
        (await harness.StoredAsync()).Select(c => (c.Name, c.SourceLine)).ShouldBe([("Ann\nSmith", (long?)2), ("Cy", 8)]);
    }

    [Fact]
    public async Task Preview_ReturnsSeparatorEncodingHeadersRowsAndSuggestedMapping()
    {
        var harness = new ImportHarness(new Engine.Campaigns.Contacts.ContactField("amountDue", Engine.Campaigns.Contacts.ContactFieldType.Number));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Mobile;First Name;Amount Due;Notes\n2025550123;Ann;1,5;x\n2025550124;Bob;2;y\n")).ToArray();

        var preview = await ContactImporter.PreviewAsync(new MemoryStream(bytes), harness.Group, null, 1, CancellationToken.None);

        preview.Delimiter.ShouldBe(';');
        preview.Encoding.ShouldBe("utf-8-bom");
        preview.Headers.ShouldBe(["Mobile", "First Name", "Amount Due", "Notes"]);
        preview.SampleRows.Single().ShouldBe(["2025550123", "Ann", "1,5", "x"]);
        preview.SuggestedMapping.ShouldBe(new Dictionary<string, string>
        {
            ["Mobile"] = "phone", ["First Name"] = "name", ["Amount Due"] = "field:amountDue", ["Notes"] = "ignore",
        }, ignoreOrder: true);
    }
}
