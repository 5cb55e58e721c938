// The dashboard's periods (today, last 7 and 30 days, this and last month, or picked days) and the bucket each is shown by.
import type { StatisticsBucket } from '../api/billingViews';
import { addDays, customPeriod, periodDays, type Period } from './clickToCallPeriod';

export type DashboardPreset = 'today' | '7days' | '30days' | 'thisMonth' | 'lastMonth' | 'custom';

export const DASHBOARD_PRESETS: readonly { id: Exclude<DashboardPreset, 'custom'>; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: '7days', label: 'Last 7 days' },
  { id: '30days', label: 'Last 30 days' },
  { id: 'thisMonth', label: 'This month' },
  { id: 'lastMonth', label: 'Last month' },
];

export const BUCKETS: readonly { id: StatisticsBucket; label: string; hours: number }[] = [
  { id: 'hour', label: 'Hour', hours: 1 },
  { id: 'day', label: 'Day', hours: 24 },
  { id: 'week', label: 'Week', hours: 24 * 7 },
  { id: 'month', label: 'Month', hours: 24 * 28 },
];

/** The server's limits (`GET /api/statistics` answers 422 beyond them). */
export const MAX_DAYS = 400;
export const MAX_BUCKETS = 2000;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A preset's period as local calendar days [from, to), the day of `now` in the browser's zone counting as today. */
export function dashboardPeriod(preset: Exclude<DashboardPreset, 'custom'>, now: Date): Period {
  const today = dateOf(now);
  const tomorrow = addDays(today, 1);
  const firstOfMonth = dateOf(new Date(now.getFullYear(), now.getMonth(), 1));
  switch (preset) {
    case 'today': return { from: today, to: tomorrow };
    case '7days': return { from: addDays(tomorrow, -7), to: tomorrow };
    case '30days': return { from: addDays(tomorrow, -30), to: tomorrow };
    case 'thisMonth': return { from: firstOfMonth, to: tomorrow };
    case 'lastMonth': return { from: dateOf(new Date(now.getFullYear(), now.getMonth() - 1, 1)), to: firstOfMonth };
  }
}

/** The period of a choice: a preset's, or the picked first and last day (null when they are not a range). */
export function choicePeriod(preset: DashboardPreset, now: Date, firstDay: string, lastDay: string): Period | null {
  return preset === 'custom' ? customPeriod(firstDay, lastDay) : dashboardPeriod(preset, now);
}

/** Hours for up to two days, days up to two months, weeks up to a year, months beyond. */
export function defaultBucket(period: Period): StatisticsBucket {
  const days = periodDays(period);
  if (days <= 2) return 'hour';
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  return 'month';
}

/** Roughly how many buckets a period has (the last one may be partial). */
export function bucketCount(period: Period, bucket: StatisticsBucket): number {
  const hours = periodDays(period) * 24;
  const size = BUCKETS.find((b) => b.id === bucket)?.hours ?? 24;
  return Math.ceil(hours / size);
}

/** The buckets worth offering for a period: more than one bar's worth of time and within the server's bucket limit. */
export function bucketsFor(period: Period): StatisticsBucket[] {
  const days = periodDays(period);
  return BUCKETS.filter((b) => bucketCount(period, b.id) <= MAX_BUCKETS && (b.id === 'hour' || b.hours / 24 < days || b.id === 'day'))
    .map((b) => b.id);
}

/** Why a period cannot be shown, or null: the server's 400-day limit. */
export function periodProblem(period: Period | null): string | null {
  if (period === null) return 'Pick a first and a last day (the last on or after the first).';
  const days = periodDays(period);
  if (days > MAX_DAYS) return `The period has ${days} days; the dashboard shows at most ${MAX_DAYS}. Pick a shorter one.`;
  return null;
}

/** The bucket picked if it suits the period, else the period's default (switching from "Today" by hours to "Last month"). */
export function bucketFor(period: Period, picked: StatisticsBucket | null): StatisticsBucket {
  return picked && bucketsFor(period).includes(picked) ? picked : defaultBucket(period);
}

/** How a bucket's start is labelled: "14:00", "6 Dec", "w/c 30 Nov", "Dec 2026". */
export function bucketLabel(iso: string, bucket: StatisticsBucket, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  switch (bucket) {
    case 'hour': return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(d);
    case 'day': return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(d);
    case 'week': return `w/c ${new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(d)}`;
    case 'month': return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(d);
  }
}

/** A bucket's start written in full for the table (with the date for hours). */
export function bucketHeading(iso: string, bucket: StatisticsBucket, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (bucket === 'hour') return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
  if (bucket === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(d);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
  return bucket === 'week' ? `Week of ${day}` : day;
}
