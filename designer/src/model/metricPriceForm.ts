// The tariff page's "Action prices": one row per metric (a built-in one or a flow's own name), its unit price and an optional
// name for invoices; the minimum payment per month; their checks (by row) and the API body (PUT /api/tariffs/{id}).
import type { MetricPriceView } from '../api/clickToCallViews';

/** The metrics FlowBuilder counts by itself (Engine BillingMetrics.BuiltIn). */
export const BUILT_IN_METRICS: readonly { metric: string; label: string }[] = [
  { metric: 'sms.sent', label: 'SMS sent (per part)' },
  { metric: 'click-to-call.completed', label: 'Completed click-to-call' },
  { metric: 'tts.characters', label: 'TTS characters' },
  { metric: 'webhook.calls', label: 'Webhook calls' },
];

/** The select's value for "a name of my own". */
export const CUSTOM_METRIC = 'custom';

export interface MetricPriceRow {
  /** A built-in metric, or {@link CUSTOM_METRIC}. */
  choice: string;
  /** The name when `choice` is custom. */
  custom: string;
  unitPrice: string;
  name: string;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const isBuiltIn = (metric: string) => BUILT_IN_METRICS.some((m) => m.metric === metric);

/** The first built-in metric not priced yet (custom when all are). */
export function emptyMetricRow(rows: readonly MetricPriceRow[] = []): MetricPriceRow {
  const used = new Set(rows.map(metricOf));
  const next = BUILT_IN_METRICS.find((m) => !used.has(m.metric));
  return { choice: next?.metric ?? CUSTOM_METRIC, custom: '', unitPrice: '', name: '' };
}

export function metricRowsOf(prices: readonly MetricPriceView[] | undefined): MetricPriceRow[] {
  return (prices ?? []).map((p) => ({
    choice: isBuiltIn(p.metric) ? p.metric : CUSTOM_METRIC, custom: isBuiltIn(p.metric) ? '' : p.metric, unitPrice: String(p.unitPrice), name: p.name ?? '',
  }));
}

/** The metric name a row prices. */
export const metricOf = (row: MetricPriceRow) => (row.choice === CUSTOM_METRIC ? row.custom.trim() : row.choice);

const money = (text: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : NaN);

/** What is wrong with the rows and the minimum payment, keyed "metricPrices.<row>.<field>" (row from 0) and "minimumPayment". */
export function checkActionPrices(rows: readonly MetricPriceRow[], minimumPayment: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const at = `Action price ${i + 1}`;
    const metric = metricOf(r);
    if (!NAME.test(metric)) {
      errors[`metricPrices.${i}.metric`] = `${at}: a metric name is lower-case letters, digits, '.', '-' or '_' (up to 64), like orders.placed.`;
    } else if (seen.has(metric)) {
      errors[`metricPrices.${i}.metric`] = `${at}: ${metric} is already priced in action price ${seen.get(metric)! + 1}.`;
    } else seen.set(metric, i);
    if (!(money(r.unitPrice) >= 0)) errors[`metricPrices.${i}.unitPrice`] = `${at}: the unit price is a number of 0 or more, like 0.08.`;
    if (r.name.trim().length > 200) errors[`metricPrices.${i}.name`] = `${at}: the name is longer than 200 characters.`;
  });
  if (minimumPayment.trim() !== '' && !(money(minimumPayment) >= 0))
    errors.minimumPayment = 'The minimum payment is an amount of 0 or more (0 or empty for none).';
  return errors;
}

/** The API's metric prices of rows that passed {@link checkActionPrices}. */
export function metricPricesBody(rows: readonly MetricPriceRow[]): MetricPriceView[] {
  return rows.map((r) => ({ metric: metricOf(r), unitPrice: money(r.unitPrice), ...(r.name.trim() ? { name: r.name.trim() } : {}) }));
}

/** The minimum payment as typed: empty is 0. */
export const minimumPaymentOf = (text: string) => (text.trim() === '' ? 0 : money(text));

/** The keys of the errors shown next to a row's fields or the minimum payment (the rest go in the page's message). */
export const isActionPriceKey = (key: string) => key === 'minimumPayment' || /^metricPrices\.\d+\.(metric|unitPrice|name)$/.test(key);

/** A server key "metricPrices.2" (a whole row) lands on that row's metric field. */
export function placeRowErrors(errors: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const row = /^metricPrices\.(\d+)$/.exec(key);
    const target = row ? `metricPrices.${row[1]}.metric` : key;
    placed[target] = placed[target] ? `${placed[target]}\n${message}` : message;
  }
  return placed;
}
