// Statistics periods: the presets (today, last 7 and 30 days), the period compared with, and how a number changed.

export type PresetId = 'today' | '7days' | '30days' | 'custom';

export const PRESETS: readonly { id: Exclude<PresetId, 'custom'>; label: string; days: number }[] = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7days', label: 'Last 7 days', days: 7 },
  { id: '30days', label: 'Last 30 days', days: 30 },
];

/** A half-open period [from, to) as local calendar dates (yyyy-mm-dd); `to` is the first day after it. */
export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function parseDate(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`'${date}' is not a date (yyyy-mm-dd).`);
  return new Date(+m[1], +m[2] - 1, +m[3]);
}

/** Adds whole calendar days (a day across a DST change is still one day). */
export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  return dateOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
}

/** The period of a preset ending with today (the day of `now` in the browser's zone): today is [today, tomorrow). */
export function presetPeriod(id: Exclude<PresetId, 'custom'>, now: Date): Period {
  const days = PRESETS.find((p) => p.id === id)?.days ?? 1;
  const tomorrow = addDays(dateOf(now), 1);
  return { from: addDays(tomorrow, -days), to: tomorrow };
}

/** Whole days in a period. */
export function periodDays(p: Period): number {
  return Math.round((parseDate(p.to).getTime() - parseDate(p.from).getTime()) / 86_400_000);
}

/** The period of the same length just before `p` (compare "last 7 days" with the 7 days before). */
export function previousPeriod(p: Period): Period {
  return { from: addDays(p.from, -periodDays(p)), to: p.from };
}

/** A user-picked range (inclusive last day) as a period; null when it is not a range. */
export function customPeriod(from: string, lastDay: string): Period | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(lastDay) || lastDay < from) return null;
  return { from, to: addDays(lastDay, 1) };
}

/** Local midnight of a date as an ISO instant, for the API's from/to. */
export const instantOf = (date: string) => parseDate(date).toISOString();

/** Hours for a period of up to two days, else days. */
export const bucketOf = (p: Period): 'hour' | 'day' => (periodDays(p) <= 2 ? 'hour' : 'day');

export interface Change {
  /** current − previous. */
  delta: number;
  /** The relative change in percent; null when the previous value was 0 (no base to compare with). */
  percent: number | null;
  direction: 'up' | 'down' | 'same';
}

/** How `current` changed from `previous`. */
export function changeOf(current: number, previous: number): Change {
  const delta = current - previous;
  const direction = Math.abs(delta) < 1e-9 ? 'same' : delta > 0 ? 'up' : 'down';
  const percent = previous === 0 ? null : Math.round((delta / Math.abs(previous)) * 1000) / 10;
  return { delta, percent, direction };
}

/** "+12 (+50 %)", "−3 (−10 %)", "+4 (new)", "no change"; `format` words the delta (money, rates). */
export function formatChange(change: Change, format: (n: number) => string = (n) => String(n)): string {
  if (change.direction === 'same') return 'no change';
  const sign = change.delta > 0 ? '+' : '−';
  const amount = `${sign}${format(Math.abs(change.delta))}`;
  if (change.percent === null) return `${amount} (new)`;
  return `${amount} (${sign}${Math.abs(change.percent)} %)`;
}

/** "1 Dec – 7 Dec 2026" for a period (its last day inclusive). */
export function periodLabel(p: Period, locale?: string): string {
  const first = parseDate(p.from);
  const last = parseDate(addDays(p.to, -1));
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const year = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return first.getTime() === last.getTime() ? year.format(first) : `${day.format(first)} – ${year.format(last)}`;
}
