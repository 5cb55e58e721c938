import { useEffect, useState } from 'react';
import { billingApi } from '../../api/billingClient';
import type { InvoiceSummary } from '../../api/billingViews';
import { messageOf } from '../../components/ProblemList/problems';
import { formatBillingPeriod, formatMoney } from '../../model/billingFormat';

/** Every month with entries and the current one, newest first, each with its PDF and CSV. */
export function InvoicesSection({ version }: { version: number }) {
  const [invoices, setInvoices] = useState<InvoiceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    billingApi.invoices().then((i) => { setInvoices(i); setError(null); }, (e) => setError(`Could not load the invoices: ${messageOf(e)}`));
  }, [version]);

  return (
    <section className="account-section" data-testid="account-invoices">
      <h2>Invoices</h2>
      {error && <p className="field-error" role="alert">{error}</p>}
      {invoices && invoices.length === 0 && <p className="muted">No invoices yet.</p>}
      {invoices && invoices.length > 0 && (
        <table data-testid="invoices-table">
          <thead><tr><th>Period</th><th className="num">Total</th><th>Download</th></tr></thead>
          <tbody>
            {invoices.map((i) => {
              const label = formatBillingPeriod(i.period);
              return (
                <tr key={i.period} data-testid={`invoice-${i.period}`}>
                  <td>{label}</td>
                  <td className="num">{formatMoney(i.total, i.currency)}</td>
                  <td className="button-row">
                    <a href={billingApi.invoiceUrl(i.period, 'pdf')} download aria-label={`Invoice ${label} as PDF`}>PDF</a>
                    <a href={billingApi.invoiceUrl(i.period, 'csv')} download aria-label={`Invoice ${label} as CSV`}>CSV</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
