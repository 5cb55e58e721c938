import { FieldError } from '../../components/FieldError/FieldError';
import { BUILT_IN_METRICS, CUSTOM_METRIC, emptyMetricRow, type MetricPriceRow } from '../../model/metricPriceForm';

/** The tariff's action prices (a unit price per metric, built-in or a flow's own) and its minimum payment per month. */
export function ActionPricesSection({ rows, minimumPayment, currency, errors, onRows, onMinimumPayment }: {
  rows: MetricPriceRow[];
  minimumPayment: string;
  currency: string;
  /** Keyed "metricPrices.<row>.<field>" and "minimumPayment" (client checks and the server's 422). */
  errors: Record<string, string>;
  onRows: (rows: MetricPriceRow[]) => void;
  onMinimumPayment: (value: string) => void;
}) {
  const update = (i: number, patch: Partial<MetricPriceRow>) => onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <section className="action-prices" data-testid="action-prices">
      <h2>Action prices</h2>
      <p className="muted small">What each counted action costs, in {currency || 'the tariff\'s currency'}: built-in metrics, or a name a flow counts with its Record metric block.</p>
      {rows.length === 0 ? <p className="muted">No action is priced: actions are free.</p> : (
        <table data-testid="metric-prices-table">
          <thead><tr><th>Metric</th><th>Unit price</th><th>Name on invoices (optional)</th><th /></tr></thead>
          <tbody>
            {rows.map((r, i) => {
              const at = `Action price ${i + 1}`;
              return (
                <tr key={i}>
                  <td>
                    <select aria-label={`${at} metric`} value={r.choice} onChange={(e) => update(i, { choice: e.target.value })}>
                      {BUILT_IN_METRICS.map((m) => <option key={m.metric} value={m.metric}>{m.label} ({m.metric})</option>)}
                      <option value={CUSTOM_METRIC}>A metric of my own…</option>
                    </select>
                    {r.choice === CUSTOM_METRIC && (
                      <input aria-label={`${at} custom metric`} placeholder="orders.placed" size={18} value={r.custom} onChange={(e) => update(i, { custom: e.target.value })} />
                    )}
                    <FieldError errors={errors} name={`metricPrices.${i}.metric`} />
                  </td>
                  <td>
                    <input aria-label={`${at} unit price`} size={8} inputMode="decimal" value={r.unitPrice} onChange={(e) => update(i, { unitPrice: e.target.value })} />
                    <FieldError errors={errors} name={`metricPrices.${i}.unitPrice`} />
                  </td>
                  <td>
                    <input aria-label={`${at} name`} size={20} value={r.name} onChange={(e) => update(i, { name: e.target.value })} />
                    <FieldError errors={errors} name={`metricPrices.${i}.name`} />
                  </td>
                  <td><button type="button" aria-label={`Remove action price ${i + 1}`} onClick={() => onRows(rows.filter((_, j) => j !== i))}>×</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="button-row"><button type="button" onClick={() => onRows([...rows, emptyMetricRow(rows)])}>Add action price</button></div>
      <div className="instance-filters">
        <label htmlFor="tariff-minimum">Minimum payment per month</label>
        <input id="tariff-minimum" size={8} inputMode="decimal" placeholder="0" value={minimumPayment} onChange={(e) => onMinimumPayment(e.target.value)} />
        <span className="muted small">{currency} — when a month's charges are lower, the difference is charged at its end.</span>
      </div>
      <FieldError errors={errors} name="minimumPayment" />
    </section>
  );
}
