// The "New campaign" / settings form: its state (text as typed), the checks made before sending, and the conversion to and
// from the API's body (POST/PUT /api/campaigns).
import type { Campaign, CampaignMode, DayName, RetryRuleView } from '../api/campaignViews';
import { isKnownTimeZone, isoToWallTime, wallTimeToIso } from './zonedTime';

export const RETRY_KINDS = ['busy', 'noAnswer', 'failed', 'abandoned'] as const;
export type RetryKind = (typeof RETRY_KINDS)[number];
export const RETRY_LABELS: Record<RetryKind, string> = { busy: 'Busy', noAnswer: 'No answer', failed: 'Failed', abandoned: 'Abandoned' };

/** The error keys the schedule and retry parts of the form show next to their fields. */
export const SCHEDULE_KEYS = ['schedule', 'schedule.timeZone', 'schedule.startAt', 'schedule.endAt', 'schedule.from', 'schedule.to', 'schedule.days'] as const;
export const RETRY_KEYS = ['retry', ...RETRY_KINDS.flatMap((k) => [`retry.${k}`, `retry.${k}.maxAttempts`, `retry.${k}.pauseSeconds`, `retry.${k}.pause`])];

export const DAYS: readonly DayName[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const MODES: readonly { mode: CampaignMode; label: string; explanation: string }[] = [
  { mode: 'autoInformer', label: 'Auto-informer', explanation: 'No operators: the flow plays the message to everyone who answers.' },
  { mode: 'preview', label: 'Preview', explanation: 'An operator sees the next contact first and decides to call or skip.' },
  { mode: 'progressive', label: 'Progressive', explanation: 'One call per free operator, dialled automatically.' },
  { mode: 'predictive', label: 'Predictive', explanation: 'Several calls per free operator, paced to keep abandoned calls under the limit.' },
];

export const isOperatorMode = (mode: CampaignMode) => mode !== 'autoInformer';

export interface RetryRow {
  attempts: string;
  pauseMinutes: string;
}

/** The form as typed: numbers stay text until they are checked. */
export interface CampaignForm {
  name: string;
  description: string;
  flowId: string;
  groupIds: string[];
  mode: CampaignMode;
  startAt: string;
  endAt: string;
  from: string;
  to: string;
  days: DayName[];
  timeZone: string;
  maxConcurrentCalls: string;
  callerId: string;
  /** The trunk calls go out on; '' for the default route. */
  trunk: string;
  /** The call channel (`sip`, `simulator`); not shown in the form, kept so editing does not drop it. */
  channel: string;
  ringSeconds: string;
  retry: Record<RetryKind, RetryRow>;
  operators: string[];
  abandonLimitPercent: string;
  conversionResults: string;
  dispositionCodes: string;
  wrapUpSeconds: string;
}

export interface CampaignBody {
  name: string;
  description?: string;
  flowId: string;
  groupIds: string[];
  mode: CampaignMode;
  schedule: { startAt?: string; endAt?: string; from: string; to: string; days: DayName[]; timeZone: string };
  maxConcurrentCalls: number;
  callerId?: string;
  trunk?: string;
  channel?: string;
  ringSeconds: number;
  retry: Record<RetryKind, { maxAttempts: number; pauseSeconds: number }>;
  operators: string[];
  abandonLimit?: number;
  conversionResults: string[];
  dispositionCodes: string[];
  wrapUpSeconds: number;
}

export function newCampaignForm(timeZone = 'UTC'): CampaignForm {
  return {
    name: '', description: '', flowId: '', groupIds: [], mode: 'autoInformer', startAt: '', endAt: '', from: '09:00', to: '21:00',
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], timeZone, maxConcurrentCalls: '10', callerId: '', trunk: '', channel: '', ringSeconds: '30',
    retry: {
      busy: { attempts: '3', pauseMinutes: '10' }, noAnswer: { attempts: '3', pauseMinutes: '30' },
      failed: { attempts: '2', pauseMinutes: '5' }, abandoned: { attempts: '2', pauseMinutes: '60' },
    },
    operators: [], abandonLimitPercent: '3', conversionResults: 'converted',
    dispositionCodes: 'interested, call-back, not-interested, wrong-number, do-not-call', wrapUpSeconds: '30',
  };
}

/** "a, b,,c\n d" → ["a", "b", "c", "d"] */
export const splitList = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

/** "09:00:00" or "9:00" → "09:00". */
export function hhmm(time: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : time;
}

/** A retry rule's pause in seconds: `pauseSeconds`, else a .NET TimeSpan "d.hh:mm:ss" / "hh:mm:ss". */
export function pauseSecondsOf(rule: RetryRuleView): number {
  if (typeof rule.pauseSeconds === 'number') return rule.pauseSeconds;
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.\d+)?$/.exec(rule.pause ?? '');
  if (!m) return 0;
  return (+(m[1] ?? 0)) * 86400 + +m[2] * 3600 + +m[3] * 60 + +m[4];
}

const trimNumber = (n: number) => String(Math.round(n * 1000) / 1000);

/** A stored campaign back into the form (for editing in Draft or Paused). */
export function formFromCampaign(c: Campaign): CampaignForm {
  const zone = c.schedule.timeZone || 'UTC';
  const retry = {} as Record<RetryKind, RetryRow>;
  for (const kind of RETRY_KINDS) {
    const rule = c.retry[kind];
    retry[kind] = { attempts: String(rule?.maxAttempts ?? 1), pauseMinutes: trimNumber(pauseSecondsOf(rule ?? { maxAttempts: 1 }) / 60) };
  }
  return {
    name: c.name, description: c.description ?? '', flowId: c.flowId, groupIds: [...c.groupIds], mode: c.mode,
    startAt: isoToWallTime(c.schedule.startAt, zone), endAt: isoToWallTime(c.schedule.endAt, zone),
    from: hhmm(c.schedule.from), to: hhmm(c.schedule.to), days: [...c.schedule.days], timeZone: zone,
    maxConcurrentCalls: String(c.maxConcurrentCalls), callerId: c.callerId ?? '', trunk: c.trunk ?? '', channel: c.channel ?? '', ringSeconds: String(c.ringSeconds), retry,
    operators: [...c.operators], abandonLimitPercent: trimNumber(c.abandonLimit * 100),
    conversionResults: c.conversionResults.join(', '), dispositionCodes: c.dispositionCodes.join(', '), wrapUpSeconds: String(c.wrapUpSeconds),
  };
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const decimal = (text: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.replace(',', '.')) : NaN);

/**
 * What is wrong with the form, by the API's field key ("name", "schedule.days", "retry.busy.maxAttempts", …), each message saying
 * what to do. Empty when it can be sent.
 */
export function checkCampaignForm(form: CampaignForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors.name = 'Give the campaign a name.';
  if (!form.flowId) errors.flowId = 'Choose the published flow that each answered call runs.';
  if (form.groupIds.length === 0) errors.groupIds = 'Choose at least one contact group to call.';
  if (!isKnownTimeZone(form.timeZone)) errors['schedule.timeZone'] = `'${form.timeZone}' is not a time zone; pick one like Europe/London.`;
  else {
    if (form.startAt && !wallTimeToIso(form.startAt, form.timeZone)) errors['schedule.startAt'] = 'Enter the start as a date and time.';
    if (form.endAt && !wallTimeToIso(form.endAt, form.timeZone)) errors['schedule.endAt'] = 'Enter the end as a date and time.';
    if (form.startAt && form.endAt && form.endAt <= form.startAt) errors['schedule.endAt'] = 'The end must be after the start.';
  }
  if (!/^\d{2}:\d{2}$/.test(form.from)) errors['schedule.from'] = 'Enter the time calls may start, e.g. 09:00.';
  if (!/^\d{2}:\d{2}$/.test(form.to)) errors['schedule.to'] = 'Enter the time calls must stop, e.g. 21:00.';
  else if (form.from === form.to) errors['schedule.to'] = 'Calling hours end when they start: make "to" later than "from".';
  if (form.days.length === 0) errors['schedule.days'] = 'Tick at least one day of the week to call on.';
  const calls = wholeNumber(form.maxConcurrentCalls);
  if (!(calls >= 1 && calls <= 1000)) errors.maxConcurrentCalls = 'Simultaneous calls must be a whole number from 1 to 1000.';
  const ring = wholeNumber(form.ringSeconds);
  if (!(ring >= 5 && ring <= 300)) errors.ringSeconds = 'Ring time must be 5 to 300 seconds.';
  if (form.callerId.trim() && !/^\+?[0-9]{2,20}$/.test(form.callerId.trim()))
    errors.callerId = 'Caller id is a phone number of digits, optionally starting with +.';
  for (const kind of RETRY_KINDS) {
    const attempts = wholeNumber(form.retry[kind].attempts);
    if (!(attempts >= 1 && attempts <= 20))
      errors[`retry.${kind}.maxAttempts`] = `${RETRY_LABELS[kind]}: attempts must be 1 to 20 (1 means never call again).`;
    const pause = decimal(form.retry[kind].pauseMinutes);
    if (!(pause >= 0 && pause <= 10080))
      errors[`retry.${kind}.pauseSeconds`] = `${RETRY_LABELS[kind]}: the pause must be 0 to 10080 minutes (a week).`;
  }
  if (isOperatorMode(form.mode) && form.operators.length === 0)
    errors.operators = 'This mode needs operators: tick the extensions of the people who take the calls.';
  if (form.mode === 'predictive') {
    const limit = decimal(form.abandonLimitPercent);
    if (!(limit >= 0 && limit <= 100)) errors.abandonLimit = 'The abandonment limit is a percentage from 0 to 100 (3 is usual).';
  }
  if (isOperatorMode(form.mode)) {
    if (splitList(form.dispositionCodes).length === 0) errors.dispositionCodes = 'Operators need at least one disposition code to choose after a call.';
    const wrap = wholeNumber(form.wrapUpSeconds);
    if (!(wrap >= 0 && wrap <= 3600)) errors.wrapUpSeconds = 'Wrap-up time must be 0 to 3600 seconds.';
  }
  return errors;
}

/** The API body of a form that passed {@link checkCampaignForm}. */
export function campaignBody(form: CampaignForm): CampaignBody {
  const operatorMode = isOperatorMode(form.mode);
  const retry = {} as CampaignBody['retry'];
  for (const kind of RETRY_KINDS)
    retry[kind] = {
      maxAttempts: Number(form.retry[kind].attempts),
      pauseSeconds: Math.round(Number(form.retry[kind].pauseMinutes.replace(',', '.')) * 60),
    };
  const startAt = form.startAt ? wallTimeToIso(form.startAt, form.timeZone) ?? undefined : undefined;
  const endAt = form.endAt ? wallTimeToIso(form.endAt, form.timeZone) ?? undefined : undefined;
  return {
    name: form.name.trim(),
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
    flowId: form.flowId,
    groupIds: [...form.groupIds],
    mode: form.mode,
    schedule: { ...(startAt ? { startAt } : {}), ...(endAt ? { endAt } : {}), from: form.from, to: form.to, days: DAYS.filter((d) => form.days.includes(d)), timeZone: form.timeZone },
    maxConcurrentCalls: Number(form.maxConcurrentCalls),
    ...(form.callerId.trim() ? { callerId: form.callerId.trim() } : {}),
    ...(form.trunk.trim() ? { trunk: form.trunk.trim() } : {}),
    ...(form.channel.trim() ? { channel: form.channel.trim() } : {}),
    ringSeconds: Number(form.ringSeconds),
    retry,
    operators: operatorMode ? [...form.operators] : [],
    ...(form.mode === 'predictive' ? { abandonLimit: Number(form.abandonLimitPercent.replace(',', '.')) / 100 } : {}),
    conversionResults: splitList(form.conversionResults),
    dispositionCodes: splitList(form.dispositionCodes),
    wrapUpSeconds: operatorMode ? Number(form.wrapUpSeconds) : 30,
  };
}
