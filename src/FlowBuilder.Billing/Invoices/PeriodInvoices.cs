using System.Globalization;
using System.Text;
using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Invoices;

/// <summary>
/// Builds a company's period invoice from its ledger (<see cref="IBillingLedger.SummarizeAsync"/>): one line per destination
/// (billed minutes × the effective price per minute, amount ÷ minutes rounded to 4 decimals), per metric (units × effective unit
/// price) and the minimum-payment top-up. Top-ups and adjustments are not lines: the notes list them. Numbered
/// <c>FB-&lt;company&gt;-&lt;yyyyMM&gt;</c>; the seller is <see cref="InvoiceSellerOptions"/>, the buyer the payer when one is set,
/// else the company.
/// </summary>
public sealed class PeriodInvoices(
    IBillingLedger ledger,
    ICompanyStore companies,
    DestinationRates rates,
    IOptions<InvoiceSellerOptions> seller,
    TimeProvider time) : IPeriodInvoices
{
    private const int MaxListedPayments = 200;
    private const int CallUnitPriceDecimals = 4;
    private const int MetricUnitPriceDecimals = 6;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async ValueTask<InvoiceDocument> BuildAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(companyId);
        ArgumentNullException.ThrowIfNull(period);
        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        var table = await rates.TableAsync(companyId, cancellationToken).ConfigureAwait(false);
        var account = await ledger.GetAccountAsync(companyId, table?.Currency ?? BillingDefaults.Currency, cancellationToken).ConfigureAwait(false);
        var summary = await ledger.SummarizeAsync(companyId, period.Start, period.End, cancellationToken).ConfigureAwait(false);

        var lines = new List<InvoiceLine>();
        lines.AddRange(summary.Where(l => l.Kind == LedgerEntryKind.Call).Select(CallLine));
        lines.AddRange(summary.Where(l => l.Kind == LedgerEntryKind.Metric).Select(l => MetricLine(l, table)));
        lines.AddRange(summary.Where(l => l.Kind == LedgerEntryKind.MinimumPayment).Select(l => MinimumLine(l, period)));

        var zone = Zone(company.TimeZone);
        var periodStart = LocalDate(period.Start, zone);
        var periodEnd = LocalDate(period.End, zone);
        var today = LocalDate(time.GetUtcNow(), zone);
        var options = seller.Value;
        return new InvoiceDocument(
            Number(companyId, period),
            today < periodEnd ? today : periodEnd,
            periodStart,
            periodEnd,
            account.Currency,
            new InvoiceParty(options.Name, options.Address, options.TaxId, options.Email),
            Buyer(company, account.Payer),
            lines)
        {
            Notes = await NotesAsync(companyId, period, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary><c>FB-&lt;companyId&gt;-&lt;yyyyMM&gt;</c>.</summary>
    public static string Number(string companyId, BillingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"FB-{companyId}-{period.Name.Replace("-", "", StringComparison.Ordinal)}";
    }

    public string ToCsv(InvoiceDocument invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var csv = new StringBuilder();
        Row(csv, "Description", "Quantity", "UnitPrice", "Amount", "Currency");
        foreach (var line in invoice.Lines)
            Row(csv, line.Description, line.Quantity.ToString("0.####", Invariant), line.UnitPrice.ToString("0.00####", Invariant), Money(line.Amount), invoice.Currency);
        Row(csv, "Total", "", "", Money(invoice.Total), invoice.Currency);
        return csv.ToString();
    }

    private static InvoiceLine CallLine(LedgerSummaryLine line)
    {
        var minutes = line.Quantity;
        var unitPrice = minutes == 0m ? 0m : Math.Round(-line.Amount / minutes, CallUnitPriceDecimals, MidpointRounding.AwayFromZero);
        var calls = line.Count == 1 ? "1 call" : $"{line.Count.ToString(Invariant)} calls";
        return new InvoiceLine($"{line.Item}: {calls}, billed minutes", minutes, unitPrice);
    }

    private static InvoiceLine MetricLine(LedgerSummaryLine line, RateTable? table)
    {
        var name = table is not null && table.MetricPrices.TryGetValue(line.Item, out var price) && !string.IsNullOrWhiteSpace(price.Name)
            ? $"{price.Name} ({line.Item})"
            : line.Item;
        var unitPrice = line.Quantity == 0m ? 0m : Math.Round(-line.Amount / line.Quantity, MetricUnitPriceDecimals, MidpointRounding.AwayFromZero);
        return new InvoiceLine(name, line.Quantity, unitPrice);
    }

    private static InvoiceLine MinimumLine(LedgerSummaryLine line, BillingPeriod period) =>
        new($"Minimum payment for {period.Name}: difference to the minimum", 1m, -line.Amount);

    private static InvoiceParty Buyer(CompanyProfile company, BillingPayer? payer) => payer is not null
        ? new InvoiceParty(payer.Name, payer.Address, payer.TaxId, payer.Email)
        : new InvoiceParty(company.Name, company.Address, company.TaxId, company.Email);

    private async ValueTask<string?> NotesAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var payments = await ledger.ListAsync(new LedgerQuery(companyId, period.Start, period.End, LedgerEntryKind.TopUp, Take: MaxListedPayments), cancellationToken)
            .ConfigureAwait(false);
        var adjustments = await ledger.ListAsync(new LedgerQuery(companyId, period.Start, period.End, LedgerEntryKind.Adjustment, Take: MaxListedPayments), cancellationToken)
            .ConfigureAwait(false);
        var zone = Zone(period.TimeZone);
        var notes = new List<string>();
        if (payments.Count > 0) notes.Add("Payments received in the period: " + string.Join("; ", payments.OrderBy(e => e.OccurredAt).Select(e => Movement(e, zone))) + ".");
        if (adjustments.Count > 0) notes.Add("Adjustments in the period: " + string.Join("; ", adjustments.OrderBy(e => e.OccurredAt).Select(e => Movement(e, zone))) + ".");
        return notes.Count == 0 ? null : string.Join("\n", notes);
    }

    private static string Movement(LedgerEntry entry, TimeZoneInfo zone)
    {
        var date = LocalDate(entry.OccurredAt, zone).ToString("yyyy-MM-dd", Invariant);
        var note = string.IsNullOrWhiteSpace(entry.Description) ? "" : $", {entry.Description}";
        return $"{date} {Money(entry.Amount)} {entry.Currency} (ref {entry.SourceId}{note})";
    }

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Money(decimal amount) => amount.ToString("0.00", Invariant);

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
