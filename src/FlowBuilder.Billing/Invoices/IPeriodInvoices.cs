using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Invoices;

/// <summary>
/// A company's invoice for one billing period, built from its ledger: one line per destination (billed minutes × rate), per
/// metric (units × unit price) and the minimum-payment top-up; the buyer is the payer when one is set, else the company.
/// </summary>
public interface IPeriodInvoices
{
    ValueTask<InvoiceDocument> BuildAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken);

    /// <summary>The invoice as CSV (RFC 4180, invariant culture, a header row, one row per line, then a total row).</summary>
    string ToCsv(InvoiceDocument invoice);
}
