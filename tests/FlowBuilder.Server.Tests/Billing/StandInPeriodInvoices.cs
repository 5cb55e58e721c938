using System.Globalization;
using System.Text;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>
/// Stands in for FlowBuilder.Billing's period invoices until they are registered in the product (the product's registration wins
/// then): the same lines (calls per destination as billed minutes × amount/minutes, metrics as units × unit price, the minimum
/// payment), number FB-&lt;company&gt;-&lt;yyyyMM&gt;, buyer the payer or the company, and the same CSV.
/// </summary>
internal sealed class StandInPeriodInvoices(IBillingLedger ledger, ICompanyStore companies, TimeProvider time) : IPeriodInvoices
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async ValueTask<InvoiceDocument> BuildAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(companyId, cancellationToken);
        var account = await ledger.GetAccountAsync(companyId, "EUR", cancellationToken);
        var summary = await ledger.SummarizeAsync(companyId, period.Start, period.End, cancellationToken);
        var lines = new List<InvoiceLine>();
        foreach (var line in summary.Where(l => l.Kind == LedgerEntryKind.Call))
        {
            var calls = line.Count == 1 ? "1 call" : $"{line.Count} calls";
            var unit = line.Quantity == 0m ? 0m : Math.Round(-line.Amount / line.Quantity, 4, MidpointRounding.AwayFromZero);
            lines.Add(new InvoiceLine($"{line.Item}: {calls}, billed minutes", line.Quantity, unit));
        }
        foreach (var line in summary.Where(l => l.Kind == LedgerEntryKind.Metric))
            lines.Add(new InvoiceLine(line.Item, line.Quantity, line.Quantity == 0m ? 0m : Math.Round(-line.Amount / line.Quantity, 6, MidpointRounding.AwayFromZero)));
        foreach (var line in summary.Where(l => l.Kind == LedgerEntryKind.MinimumPayment))
            lines.Add(new InvoiceLine($"Minimum payment for {period.Name}: difference to the minimum", 1m, -line.Amount));
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(company.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(period.Start, zone).DateTime);
        var end = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(period.End, zone).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var buyer = account.Payer is { } payer
            ? new InvoiceParty(payer.Name, payer.Address, payer.TaxId, payer.Email)
            : new InvoiceParty(company.Name, company.Address, company.TaxId, company.Email);
        return new InvoiceDocument($"FB-{companyId}-{period.Name.Replace("-", "", StringComparison.Ordinal)}", today < end ? today : end, start, end, account.Currency,
            new InvoiceParty("FlowBuilder", []), buyer, lines);
    }

    public string ToCsv(InvoiceDocument invoice)
    {
        var csv = new StringBuilder();
        Row(csv, "Description", "Quantity", "UnitPrice", "Amount", "Currency");
        foreach (var line in invoice.Lines)
            Row(csv, line.Description, line.Quantity.ToString("0.####", Invariant), line.UnitPrice.ToString("0.00####", Invariant), Money(line.Amount), invoice.Currency);
        Row(csv, "Total", "", "", Money(invoice.Total), invoice.Currency);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields) => csv.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Money(decimal amount) => amount.ToString("0.00", Invariant);
}
