// How the click-to-call pages word statuses, outcomes and money, and which filters become which query.
import type { ClickToCallStatus, FirstLeg, LegView, RequestStatus } from '../api/clickToCallViews';

/** Request statuses as people see them (the pages and the CSV). */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: 'WAITING',
  calling: 'CALLING',
  completed: 'COMPLETED',
  failedCallingClient: 'FAILED CALLING CLIENT',
  failedCallingCompany: 'FAILED CALLING COMPANY',
  cancelled: 'CANCELLED',
};

export const REQUEST_STATUSES = Object.keys(REQUEST_STATUS_LABELS) as RequestStatus[];

/** What the "Failed" tab asks the server for. */
export const FAILED_STATUSES: readonly RequestStatus[] = ['failedCallingClient', 'failedCallingCompany'];

export const isFailed = (status: RequestStatus) => FAILED_STATUSES.includes(status);

/** The label of a status the server may send in any case; unknown ones are shown upper-cased. */
export function requestStatusLabel(status: string): string {
  return REQUEST_STATUS_LABELS[status as RequestStatus] ?? status.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** The badge colour class: completed green, failed red, waiting and calling blue, cancelled grey. */
export function requestStatusTone(status: string): 'completed' | 'failed' | 'waiting' | 'calling' | 'cancelled' {
  if (status === 'completed') return 'completed';
  if (status.startsWith('failed')) return 'failed';
  if (status === 'calling') return 'calling';
  if (status === 'cancelled') return 'cancelled';
  return 'waiting';
}

export const CAMPAIGN_STATUS_LABELS: Record<ClickToCallStatus, string> = { active: 'Active', paused: 'Paused', archived: 'Archived' };

export const FIRST_LEG_LABELS: Record<FirstLeg, string> = {
  client: 'The client (visitor) first',
  company: 'The company (operator) first',
};

const OUTCOME_LABELS: Record<string, string> = {
  answered: 'Answered', busy: 'Busy', 'no-answer': 'No answer', noAnswer: 'No answer', failed: 'Failed', 'hung-up': 'Hung up before the bridge',
  'not-dialled': 'Not dialled',
};

export const legOutcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome] ?? outcome;

/** An amount with exactly two decimals (rounded half away from zero) and its currency: "0.50 EUR"; '' without an amount. */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '';
  const cents = Math.sign(amount) * Math.round(Math.abs(amount) * 100 + 1e-9);
  return `${(cents / 100).toFixed(2)}${currency ? ` ${currency}` : ''}`;
}

export interface AttemptLegs {
  attempt: number;
  client: LegView | null;
  company: LegView | null;
}

/** The legs of a request grouped by attempt, newest attempt first, each with its client and company leg (either may be missing). */
export function legsByAttempt(legs: readonly LegView[]): AttemptLegs[] {
  const byAttempt = new Map<number, AttemptLegs>();
  for (const leg of legs) {
    const row = byAttempt.get(leg.attempt) ?? { attempt: leg.attempt, client: null, company: null };
    row[leg.side === 'company' ? 'company' : 'client'] = leg;
    byAttempt.set(leg.attempt, row);
  }
  return [...byAttempt.values()].sort((a, b) => b.attempt - a.attempt);
}

export interface RequestFilters {
  campaignId: string;
  /** One status, or several separated by commas (the Failed tab). */
  status: string;
  /** Dates (yyyy-mm-dd) of the browser's calendar; `to` inclusive. */
  from: string;
  to: string;
  phone: string;
}

export const emptyRequestFilters = (): RequestFilters => ({ campaignId: '', status: '', from: '', to: '', phone: '' });

/** A yyyy-mm-dd date of the browser's calendar → the ISO instant of its local midnight, `days` later. */
export function localMidnightIso(date: string, days = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  return new Date(+m[1], +m[2] - 1, +m[3] + days).toISOString();
}

/** The query (without '?') for GET /api/click-to-call/requests and requests.csv: empty filters left out, `to` the day after. */
export function requestQuery(filters: RequestFilters, page?: { offset: number; limit: number }): string {
  const q = new URLSearchParams();
  if (filters.campaignId) q.set('campaignId', filters.campaignId);
  if (filters.status) q.set('status', filters.status);
  const from = localMidnightIso(filters.from);
  const to = localMidnightIso(filters.to, 1);
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  if (filters.phone.trim()) q.set('phone', filters.phone.trim());
  if (page) {
    q.set('offset', String(page.offset));
    q.set('limit', String(page.limit));
  }
  return q.toString();
}

/** The browser's saved "your extension or number" for call backs. */
export const OPERATOR_STORAGE_KEY = 'flowbuilder.clickToCall.operator';

/** What the call-back button sends: {operator} when one is typed (ext:101, 101, +4930…), else {} (the campaign's operators). */
export function callBackBody(operator: string): { operator?: string } {
  const target = operator.trim();
  if (!target) return {};
  return { operator: /^\d{2,10}$/.test(target) ? `ext:${target}` : target };
}

/** A statistics series point as chart segments: completed, failed and the rest (waiting, calling, cancelled) of the total. */
export function seriesBars(points: readonly { at: string; total: number; completed: number; failed: number }[]) {
  return points.map((p) => ({
    at: p.at, completed: Math.max(0, p.completed), failed: Math.max(0, p.failed), other: Math.max(0, p.total - p.completed - p.failed),
  }));
}
