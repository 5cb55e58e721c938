using System.Text.RegularExpressions;
using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Engine.Billing;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Tests.Invoices;

public sealed class InvoicePdfRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flowbuilder-invoice-").FullName;
    private readonly InvoicePdfRenderer _renderer = new(Options.Create(new BillingOptions()));

    private static InvoiceDocument Invoice(params InvoiceLine[] lines) => new(
        "CTC-20261101-20261201",
        new DateOnly(2026, 12, 1),
        new DateOnly(2026, 11, 1),
        new DateOnly(2026, 12, 1),
        "EUR",
        new InvoiceParty("FlowBuilder Telecom GmbH", ["Hauptstraße 1", "10115 Berlin"], "DE123456789", "billing@flowbuilder.test"),
        new InvoiceParty("Müller & Söhne KG", ["Königsallee 5", "40212 Düsseldorf"], "DE987654321"),
        lines)
    {
        Notes = "Payable within 14 days.\nThank you for your business.",
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> RenderToFileAsync(InvoiceDocument invoice)
    {
        var path = Path.Combine(_folder, invoice.Number + ".pdf");
        await using (var file = File.Create(path)) await _renderer.RenderPdfAsync(invoice, file, CancellationToken.None);
        return path;
    }

    [PdftotextFact]
    public async Task Invoice_ReadWithPdftotext_HoldsNumberPartiesLinesAndTotal()
    {
        var invoice = Invoice(
            new InvoiceLine("Click-to-call 'Spring sale': completed requests", 3, 0.50m),
            new InvoiceLine("Click-to-call 'Support': completed requests", 0, 0.75m));

        var path = await RenderToFileAsync(invoice);
        var text = await Pdftotext.TextOfAsync(path);

        (await File.ReadAllBytesAsync(path))[..5].ShouldBe("%PDF-"u8.ToArray());
        text.ShouldContain("CTC-20261101-20261201");
        text.ShouldContain("Issued: 2026-12-01");
        text.ShouldContain("Period: 2026-11-01 to 2026-11-30");
        text.ShouldContain("FlowBuilder Telecom GmbH");
        text.ShouldContain("Müller & Söhne KG");
        text.ShouldContain("Königsallee 5");
        text.ShouldContain("Tax ID: DE987654321");
        Regex.IsMatch(text, @"Click-to-call 'Spring sale': completed requests\s+3\s+0\.50\s+1\.50").ShouldBeTrue(text);
        Regex.IsMatch(text, @"Click-to-call 'Support': completed requests\s+0\s+0\.75\s+0\.00").ShouldBeTrue(text);
        text.ShouldContain("Total: 1.50 EUR");
        text.ShouldContain("Payable within 14 days.");
        text.ShouldContain("Thank you for your business.");
    }

    [PdftotextFact]
    public async Task ManyLines_ContinueOnMorePages_AndTheTotalAddsThemAll()
    {
        var lines = Enumerable.Range(1, 80).Select(i => new InvoiceLine($"Campaign number {i:00} with a rather long description that wraps onto a second line", 1, 0.25m)).ToArray();

        var text = await Pdftotext.TextOfAsync(await RenderToFileAsync(Invoice(lines)));

        text.ShouldContain("(continued)");
        text.Split('\f').Count(page => page.Trim().Length > 0).ShouldBeGreaterThan(1);
        for (var i = 1; i <= 80; i++) text.ShouldContain($"Campaign number {i:00} with");
        text.ShouldContain("Total: 20.00 EUR");
    }

    [PdftotextFact]
    public async Task InvoiceWithoutLines_SaysSo_AndTotalsZero()
    {
        var text = await Pdftotext.TextOfAsync(await RenderToFileAsync(Invoice()));

        text.ShouldContain("No charges in this period.");
        text.ShouldContain("Total: 0.00 EUR");
    }

    [Fact]
    public async Task ConcurrentRenders_AllProduceDocuments()
    {
        var invoices = Enumerable.Range(0, 8).Select(i => Invoice(new InvoiceLine($"Line {i}", i, 1m))).ToList();

        var sizes = await Task.WhenAll(invoices.Select(invoice => Task.Run(async () =>
        {
            using var buffer = new MemoryStream();
            await _renderer.RenderPdfAsync(invoice, buffer, CancellationToken.None);
            return buffer.ToArray();
        })));

        sizes.ShouldAllBe(pdf => pdf.Length > 1000 && pdf[0] == (byte)'%');
    }

    [Fact]
    public void Fonts_FromTheConfiguredFolder_AreUsed()
    {
        File.WriteAllBytes(Path.Combine(_folder, "LiberationSans-Regular.ttf"), [1]);

        var files = InvoiceFontFiles.Locate(_folder, []);

        files.ShouldBe(new InvoiceFontFiles(Path.Combine(_folder, "LiberationSans-Regular.ttf"), null));
    }

    [Fact]
    public void Fonts_ConfiguredFolderWithoutThem_IsNamedInTheError()
    {
        var error = Should.Throw<InvalidOperationException>(() => InvoiceFontFiles.Locate(_folder, InvoiceFontFiles.SystemFolders));

        error.Message.ShouldContain($"FlowBuilder:Billing:FontsFolder is '{_folder}'");
        error.Message.ShouldContain("DejaVuSans.ttf");
    }

    [Fact]
    public void Fonts_NoneOnTheSystem_TheErrorNamesThePackageToInstall()
    {
        var error = Should.Throw<InvalidOperationException>(() => InvoiceFontFiles.Locate(null, [_folder]));

        error.Message.ShouldContain("apt-get install fonts-dejavu-core");
        error.Message.ShouldContain(_folder);
    }

    [Fact]
    public void Fonts_OnThisMachine_AreFoundInTheSystemFolders()
    {
        var files = InvoiceFontFiles.Locate(null);

        File.Exists(files.Regular).ShouldBeTrue();
        files.Bold.ShouldNotBeNull();
    }
}
