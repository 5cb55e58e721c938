using System.Text;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

/// <summary>The company's invoices: one per billing period with ledger entries, and the current period's so far; as PDF or CSV.</summary>
internal static class InvoiceEndpoints
{
    /// <summary>How far back the list goes (10 years).</summary>
    public const int MaxPeriods = 120;

    public static async Task<Ok<IReadOnlyList<InvoiceSummaryView>>> ListAsync([FromServices] IBillingLedger ledger, [FromServices] ICompanyStore companies,
        [FromServices] IPeriodInvoices invoices, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(company.CompanyId, cancellationToken);
        var current = BillingPeriod.Containing(time.GetUtcNow(), profile.TimeZone);
        var oldest = await OldestEntryAsync(ledger, company.CompanyId, cancellationToken);
        var views = new List<InvoiceSummaryView>();
        var period = current;
        for (var i = 0; i < MaxPeriods && (i == 0 || (oldest is { } first && period.End > first)); i++, period = period.Previous())
        {
            if (i > 0 && (await ledger.SummarizeAsync(company.CompanyId, period.Start, period.End, cancellationToken)).Count == 0) continue;
            var invoice = await invoices.BuildAsync(company.CompanyId, period, cancellationToken);
            views.Add(new InvoiceSummaryView(period.Name, period.Start, period.End, invoice.Total, invoice.Currency));
        }
        return TypedResults.Ok<IReadOnlyList<InvoiceSummaryView>>(views);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(string period, [FromServices] ICompanyStore companies,
        [FromServices] IPeriodInvoices invoices, [FromServices] IInvoiceRenderer renderer, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var billing = await PeriodAsync(period, companies, company.CompanyId, time, cancellationToken);
        if (billing.Problem is { } problem) return problem;
        var invoice = await invoices.BuildAsync(company.CompanyId, billing.Period!, cancellationToken);
        using var pdf = new MemoryStream();
        await renderer.RenderPdfAsync(invoice, pdf, cancellationToken);
        return TypedResults.File(pdf.ToArray(), "application/pdf", FileName(company.CompanyId, billing.Period!, "pdf"));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(string period, [FromServices] ICompanyStore companies,
        [FromServices] IPeriodInvoices invoices, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var billing = await PeriodAsync(period, companies, company.CompanyId, time, cancellationToken);
        if (billing.Problem is { } problem) return problem;
        var invoice = await invoices.BuildAsync(company.CompanyId, billing.Period!, cancellationToken);
        var csv = Encoding.UTF8.GetBytes(invoices.ToCsv(invoice));
        return TypedResults.File(csv, "text/csv; charset=utf-8", FileName(company.CompanyId, billing.Period!, "csv"));
    }

    private static string FileName(string companyId, BillingPeriod period, string extension) => $"invoice-{companyId}-{period.Name}.{extension}";

    private static async Task<(BillingPeriod? Period, ProblemHttpResult? Problem)> PeriodAsync(string name, ICompanyStore companies, string companyId,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(companyId, cancellationToken);
        var errors = new ValidationErrors();
        // The period is required here: an empty one would mean "the current month" elsewhere, which a file name should not hide.
        var period = string.IsNullOrWhiteSpace(name) ? null : BillingPeriods.Read(name, profile.TimeZone, time.GetUtcNow(), errors);
        if (period is null && !errors.Any) errors.Add("period", "period is missing. Give a month as yyyy-MM, e.g. /api/billing/invoices/2026-11.pdf.");
        return errors.Any ? (null, errors.ToProblem("Invalid period")) : (period, null);
    }

    private static async Task<DateTimeOffset?> OldestEntryAsync(IBillingLedger ledger, string companyId, CancellationToken cancellationToken)
    {
        var all = new LedgerQuery(companyId);
        var count = await ledger.CountAsync(all, cancellationToken);
        if (count == 0) return null;
        var oldest = await ledger.ListAsync(all with { Skip = count - 1, Take = 1 }, cancellationToken);
        return oldest.Count == 0 ? null : oldest[0].OccurredAt;
    }
}
