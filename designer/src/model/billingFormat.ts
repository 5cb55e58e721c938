// How the account page and the dashboard word numbers: money in the account's currency, counts, rates and durations, all in the
// browser's locale (Intl). `locale` is for tests; pages leave it undefined.

/** "€1,234.50" / "1.234,50 €": `amount` in `currency` (ISO 4217); a code Intl does not know is written after the number. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  if (!Number.isFinite(amount)) return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${formatNumber(amount, locale, 2, 2)} ${currency}`.trim();
  }
}

/** A count or quantity: "12,345", "1.5" (at most `maxDigits` decimals). */
export function formatNumber(value: number, locale?: string, maxDigits = 0, minDigits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(value);
}

/** An answer-seizure ratio (0…1) as "62.5%"; "—" when there were no calls (null). */
export function formatRatio(fraction: number | null | undefined, locale?: string): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** An average call duration as mm:ss ("01:15", "75:00"); "—" when no call was answered (null). */
export function formatAcd(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Talk minutes with at most one decimal ("12.5"). */
export const formatMinutes = (minutes: number, locale?: string) => formatNumber(minutes, locale, 1);

/** A date-time of the ledger: "6 Dec 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(d);
}

/** A billing period "2026-11" as "November 2026". */
export function formatBillingPeriod(period: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
}

const KIND_LABELS: Record<string, string> = {
  call: 'Call', metric: 'Action', topUp: 'Top-up', adjustment: 'Adjustment', minimumPayment: 'Minimum payment',
};

/** The ledger entry kinds people filter by, in the order the filter lists them. */
export const LEDGER_KINDS = ['call', 'metric', 'topUp', 'adjustment', 'minimumPayment'] as const;

/** "Top-up" for `topUp`; an unknown kind as it came. */
export const ledgerKindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;
