import { useEffect, useState } from 'react';
import { billingApi } from '../../api/billingClient';
import type { UsageView } from '../../api/billingViews';
import { messageOf } from '../../components/ProblemList/problems';
import { formatBillingPeriod, formatMoney, formatNumber, ledgerKindLabel } from '../../model/billingFormat';

/** This period's charges by kind and item (destination or metric). */
export function UsageSection({ period, currency, version }: { period: string; currency: string; version: number }) {
  const [usage, setUsage] = useState<UsageView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    billingApi.usage(period).then((u) => { setUsage(u); setError(null); }, (e) => setError(`Could not load the usage: ${messageOf(e)}`));
  }, [period, version]);

  return (
    <section className="account-section" data-testid="account-usage">
      <h2>Usage in {formatBillingPeriod(period)}</h2>
      {error && <p className="field-error" role="alert">{error}</p>}
      {usage && usage.lines.length === 0 && <p className="muted">Nothing charged in this period yet.</p>}
      {usage && usage.lines.length > 0 && (
        <table data-testid="usage-table">
          <thead><tr><th>Kind</th><th>Item</th><th className="num">Count</th><th className="num">Quantity</th><th className="num">Charged</th></tr></thead>
          <tbody>
            {usage.lines.map((l) => (
              <tr key={`${l.kind}|${l.item}`}>
                <td>{ledgerKindLabel(l.kind)}</td><td>{l.item}</td><td className="num">{formatNumber(l.count)}</td>
                <td className="num">{formatNumber(l.quantity, undefined, 2)}</td><td className="num">{formatMoney(l.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr><th colSpan={4}>Total</th><th className="num" data-testid="usage-total">{formatMoney(usage.total, currency)}</th></tr></tfoot>
        </table>
      )}
    </section>
  );
}
