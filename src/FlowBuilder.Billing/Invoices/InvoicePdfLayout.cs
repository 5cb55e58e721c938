using System.Globalization;
using FlowBuilder.Engine.Billing;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FlowBuilder.Billing.Invoices;

/// <summary>Draws one invoice, top to bottom, on as many A4 pages as its lines need. Units are points (1/72 inch).</summary>
internal sealed class InvoicePdfLayout : IDisposable
{
    private const double Margin = 50;
    private const double BottomLimit = 842 - 60;
    private const double Right = 595 - Margin;
    private const double QuantityRight = 350;
    private const double UnitPriceRight = 450;
    private const double DescriptionWidth = 230;
    private const double LineHeight = 14;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Per document, not static: the fonts must be created after InvoiceFonts installed the resolver.
    private readonly XFont _title = new(InvoiceFontResolver.FamilyName, 20, XFontStyleEx.Bold);
    private readonly XFont _heading = new(InvoiceFontResolver.FamilyName, 11, XFontStyleEx.Bold);
    private readonly XFont _body = new(InvoiceFontResolver.FamilyName, 10, XFontStyleEx.Regular);
    private readonly XFont _small = new(InvoiceFontResolver.FamilyName, 8, XFontStyleEx.Regular);

    private readonly PdfDocument _document = new();
    private readonly InvoiceDocument _invoice;
    private XGraphics _page = null!;
    private double _y;

    private InvoicePdfLayout(InvoiceDocument invoice)
    {
        _invoice = invoice;
        _document.Info.Title = $"Invoice {invoice.Number}";
        _document.Info.Creator = "FlowBuilder";
    }

    public static void Write(InvoiceDocument invoice, Stream output)
    {
        using var layout = new InvoicePdfLayout(invoice);
        layout.NewPage();
        layout.DrawHeader();
        layout.DrawLines();
        layout.DrawTotalAndNotes();
        layout._page.Dispose();
        layout._document.Save(output, closeStream: false);
    }

    public void Dispose() => _document.Dispose();

    private void NewPage()
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _y = Margin;
        if (_document.PageCount > 1)
        {
            Text($"Invoice {_invoice.Number} (continued)", _small, Margin, _y);
            _y += LineHeight * 2;
        }
    }

    private void DrawHeader()
    {
        var top = _y;
        var seller = _invoice.Seller;
        Text(seller.Name, _heading, Margin, _y);
        _y += LineHeight + 2;
        foreach (var line in PartyLines(seller)) { Text(line, _body, Margin, _y); _y += LineHeight; }
        var leftBottom = _y;

        _y = top;
        TextRight("INVOICE", _title, Right, _y);
        _y += 28;
        foreach (var line in new[]
                 {
                     $"Number: {_invoice.Number}",
                     $"Issued: {Date(_invoice.IssuedOn)}",
                     $"Period: {Date(_invoice.PeriodStart)} to {Date(LastDay())}",
                 })
        {
            TextRight(line, _body, Right, _y);
            _y += LineHeight;
        }

        _y = Math.Max(_y, leftBottom) + LineHeight * 2;
        Text("Bill to", _small, Margin, _y);
        _y += LineHeight;
        Text(_invoice.Buyer.Name, _heading, Margin, _y);
        _y += LineHeight + 2;
        foreach (var line in PartyLines(_invoice.Buyer)) { Text(line, _body, Margin, _y); _y += LineHeight; }
        _y += LineHeight * 2;
    }

    private void DrawLines()
    {
        DrawTableHeader();
        if (_invoice.Lines.Count == 0)
        {
            Text("No charges in this period.", _body, Margin, _y);
            _y += LineHeight;
        }

        foreach (var line in _invoice.Lines)
        {
            var description = Wrap(line.Description, _body, DescriptionWidth);
            if (_y + description.Count * LineHeight > BottomLimit)
            {
                NewPage();
                DrawTableHeader();
            }

            TextRight(line.Quantity.ToString("0.###", Invariant), _body, QuantityRight, _y);
            TextRight(line.UnitPrice.ToString("0.00####", Invariant), _body, UnitPriceRight, _y);
            TextRight(line.Amount.ToString("0.00", Invariant), _body, Right, _y);
            foreach (var part in description) { Text(part, _body, Margin, _y); _y += LineHeight; }
            _y += 4;
        }
    }

    private void DrawTableHeader()
    {
        Text("Description", _heading, Margin, _y);
        TextRight("Quantity", _heading, QuantityRight, _y);
        TextRight("Unit price", _heading, UnitPriceRight, _y);
        TextRight($"Amount ({_invoice.Currency})", _heading, Right, _y);
        _y += LineHeight + 2;
        _page.DrawLine(XPens.Black, Margin, _y, Right, _y);
        _y += 6;
    }

    private void DrawTotalAndNotes()
    {
        if (_y + LineHeight * 3 > BottomLimit) NewPage();
        _page.DrawLine(XPens.Black, Margin, _y, Right, _y);
        _y += 8;
        var total = Math.Round(_invoice.Total, 2, MidpointRounding.AwayFromZero);
        TextRight($"Total: {total.ToString("0.00", Invariant)} {_invoice.Currency}", _heading, Right, _y);
        _y += LineHeight * 3;

        if (string.IsNullOrWhiteSpace(_invoice.Notes)) return;
        foreach (var paragraph in _invoice.Notes.ReplaceLineEndings("\n").Split('\n'))
        {
            foreach (var part in Wrap(paragraph, _body, Right - Margin))
            {
                if (_y + LineHeight > BottomLimit) NewPage();
                Text(part, _body, Margin, _y);
                _y += LineHeight;
            }
        }
    }

    private static IEnumerable<string> PartyLines(InvoiceParty party)
    {
        foreach (var line in party.Address.Where(l => !string.IsNullOrWhiteSpace(l))) yield return line;
        if (!string.IsNullOrWhiteSpace(party.TaxId)) yield return $"Tax ID: {party.TaxId}";
        if (!string.IsNullOrWhiteSpace(party.Email)) yield return party.Email;
    }

    private DateOnly LastDay() => _invoice.PeriodEnd > _invoice.PeriodStart ? _invoice.PeriodEnd.AddDays(-1) : _invoice.PeriodEnd;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private void Text(string text, XFont font, double x, double y) => _page.DrawString(text, font, XBrushes.Black, x, y, XStringFormats.TopLeft);

    private void TextRight(string text, XFont font, double right, double y) =>
        _page.DrawString(text, font, XBrushes.Black, right - _page.MeasureString(text, font).Width, y, XStringFormats.TopLeft);

    /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="width"/>; a single word wider
    /// than that is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (_page.MeasureString(candidate, font).Width <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            current = word;
            while (current.Length > 1 && _page.MeasureString(current, font).Width > width)
            {
                var fit = current.Length - 1;
                while (fit > 1 && _page.MeasureString(current[..fit], font).Width > width) fit--;
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }

        lines.Add(current);
        return lines;
    }
}
