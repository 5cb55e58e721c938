// How the campaign pages word and format numbers and states, and which lifecycle buttons a status allows.
import type { CampaignStatus, OperatorState } from '../api/campaignViews';

/** 0.1234 → "12.3 %", 0 → "0 %", 1 → "100 %". */
export function formatRate(fraction: number): string {
  if (!Number.isFinite(fraction) || fraction <= 0) return '0 %';
  const percent = fraction * 100;
  if (percent >= 99.95) return '100 %';
  return `${percent.toFixed(1).replace(/\.0$/, '')} %`;
}

/** Seconds as "0:07", "1:15", "1:02:03" (talk times, the call timer). */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Done contacts of all, as "37 / 120" and a fraction 0…1 for the progress bar. */
export function progressOf(counts: { contacts: number; done: number } | undefined): { text: string; fraction: number } {
  if (!counts || counts.contacts <= 0) return { text: '0 / 0', fraction: 0 };
  return { text: `${counts.done} / ${counts.contacts}`, fraction: Math.min(1, counts.done / counts.contacts) };
}

export type LifecycleAction = 'start' | 'pause' | 'resume' | 'stop' | 'archive';

const ALLOWED: Record<CampaignStatus, readonly LifecycleAction[]> = {
  draft: ['start', 'archive'],
  scheduled: ['pause', 'stop'],
  active: ['pause', 'stop'],
  paused: ['resume', 'stop'],
  completed: ['archive'],
  error: ['stop', 'archive'],
  archived: [],
};

/** The lifecycle buttons enabled in a status (the server answers 409 to the others). */
export const allowedActions = (status: CampaignStatus): readonly LifecycleAction[] => ALLOWED[status] ?? [];

/** Settings can be changed in Draft and Paused only. */
export const canEdit = (status: CampaignStatus) => status === 'draft' || status === 'paused';

/** Deleting is refused while the campaign calls or waits to. */
export const canDelete = (status: CampaignStatus) => status !== 'active' && status !== 'scheduled';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft', scheduled: 'Scheduled', active: 'Active', paused: 'Paused', completed: 'Completed', error: 'Error', archived: 'Archived',
};

export const OPERATOR_STATE_LABELS: Record<OperatorState, string> = {
  loggedOut: 'Logged out', ready: 'Ready', reserved: 'Reserved', talking: 'Talking', wrapUp: 'Wrap-up', paused: 'Paused',
};

export const DISPOSITION_LABELS: Record<string, string> = {
  answered: 'Answered', busy: 'Busy', noAnswer: 'No answer', failed: 'Failed', abandoned: 'Abandoned', interrupted: 'Interrupted',
};

/** What K1–K4 mean, for the tiles' tooltips. */
export const K_EXPLANATIONS = {
  k1: 'K1 coverage: contacts dialled at least once / all contacts.',
  k2: 'K2 contact rate: contacts reached (answered) / contacts dialled.',
  k3: 'K3 conversion of reached: contacts converted / contacts reached.',
  k4: 'K4 yield: contacts converted / all contacts.',
} as const;

/** Seconds since an ISO instant (for the call timer), never negative. */
export const secondsSince = (iso: string, now: number) => Math.max(0, (now - new Date(iso).getTime()) / 1000);

/** The import progress bar: the upload's own bytes first (0–50 %), then the server's bytes read (50–100 %). */
export function importProgress(phase: 'uploading' | 'processing' | 'done', sent: number, total: number, bytesRead = 0, totalBytes = 0): number {
  if (phase === 'done') return 1;
  if (phase === 'uploading') return total > 0 ? Math.min(1, sent / total) * 0.5 : 0;
  return 0.5 + (totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) * 0.5 : 0);
}

/** A disposition code or result as a person reads it: "not-interested" → "Not interested", "call_back" → "Call back". */
export function codeLabel(code: string): string {
  const words = code.trim().replace(/[-_]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\s+/g, ' ').toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : code;
}

/** A pause as a person says it: 45 → "45 s", 900 → "15 min", 5400 → "1 h 30 min". */
export function formatPause(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A retry rule in words: "called once", or "up to 3 calls, 15 min apart". */
export function retryText(maxAttempts: number, pauseSeconds: number): string {
  return maxAttempts <= 1 ? 'called once' : `up to ${maxAttempts} calls, ${formatPause(pauseSeconds)} apart`;
}

/** A flow's result as the tables show it next to the "converted" badge: not repeated when it only says "converted". */
export const resultText = (result: string | null, converted: boolean) =>
  !result || (converted && result.trim().toLowerCase() === 'converted') ? '' : result;
