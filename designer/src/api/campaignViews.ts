// What the campaign endpoints answer (camelCase JSON, enums as camelCase strings; see /api/campaigns, /api/groups, /api/operator).

export type ContactFieldType = 'text' | 'number' | 'date' | 'boolean';

export interface ContactField {
  name: string;
  type: ContactFieldType;
  required: boolean;
  pattern: string | null;
  label: string | null;
}

export interface SubscriberGroup {
  id: string;
  name: string;
  description: string | null;
  fields: ContactField[];
  defaultCountry: string;
  defaultTimeZone: string | null;
  contactCount: number;
  createdAt: string;
}

export type FieldValue = string | number | boolean | null;

export interface Contact {
  id: string;
  groupId: string;
  phone: string;
  name: string | null;
  patronymic: string | null;
  timeZone: string | null;
  fields: Record<string, FieldValue>;
}

export interface ContactList {
  items: Contact[];
  total: number;
}

export interface ImportPreview {
  delimiter: string;
  encoding: string;
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: Record<string, string>;
}

export type ImportMode = 'validOnly' | 'allOrNothing';
export type ImportStatus = 'running' | 'completed' | 'rejected' | 'failed';

export interface RejectedRow {
  line: number;
  reasons: string[];
  values: string[];
}

export interface ContactImport {
  id: string;
  groupId: string;
  status: ImportStatus;
  mode: ImportMode;
  dryRun: boolean;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  imported: number;
  rejectedRows: number;
  duplicates: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  rejected: RejectedRow[];
}

export interface DoNotCallEntry {
  phone: string;
  addedAt: string;
  source: string;
}

export type CampaignMode = 'autoInformer' | 'preview' | 'progressive' | 'predictive';
export type CampaignStatus = 'draft' | 'scheduled' | 'active' | 'paused' | 'completed' | 'error' | 'archived';
export type DayName = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type Disposition = 'answered' | 'busy' | 'noAnswer' | 'failed' | 'abandoned' | 'interrupted';

/** A retry rule as the server shows it: `pauseSeconds` (the contract) or a .NET TimeSpan `pause` ("00:10:00"). */
export interface RetryRuleView {
  maxAttempts: number;
  pauseSeconds?: number;
  pause?: string;
}

export interface RetryPolicyView {
  busy: RetryRuleView;
  noAnswer: RetryRuleView;
  failed: RetryRuleView;
  abandoned: RetryRuleView;
}

export interface CallingScheduleView {
  startAt: string | null;
  endAt: string | null;
  from: string;
  to: string;
  days: DayName[];
  timeZone: string;
}

export interface Campaign {
  id: string;
  name: string;
  description: string | null;
  flowId: string;
  flowVersion: number | null;
  groupIds: string[];
  mode: CampaignMode;
  schedule: CallingScheduleView;
  maxConcurrentCalls: number;
  callerId: string | null;
  trunk: string | null;
  channel: string | null;
  ringSeconds: number;
  retry: RetryPolicyView;
  operators: string[];
  abandonLimit: number;
  conversionResults: string[];
  dispositionCodes: string[];
  wrapUpSeconds: number;
  status: CampaignStatus;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  completedAt: string | null;
  counts?: { contacts: number; done: number; attempts: number; answered: number; inProgress: number };
}

export interface CampaignCounts {
  contacts: number;
  waiting: number;
  dialling: number;
  done: number;
  skipped: number;
  dialledContacts: number;
  reachedContacts: number;
  convertedContacts: number;
  attempts: number;
  answered: number;
  busy: number;
  noAnswer: number;
  failed: number;
  abandoned: number;
  interrupted: number;
  inProgress: number;
  talkSeconds: number;
}

export interface CampaignLiveView {
  campaignId: string;
  callsInProgress: number;
  maxConcurrentCalls: number;
  operatorsReady: number;
  operatorsBusy: number;
  pacingRatio: number;
  recentAbandonmentRate: number;
  nextDueAt: string | null;
}

export interface CampaignStatistics {
  counts: CampaignCounts;
  successRate: number;
  abandonmentRate: number;
  averageTalkSeconds: number;
  conversionRate: number;
  reachability: number;
  k1: number;
  k2: number;
  k3: number;
  k4: number;
  live: CampaignLiveView | null;
}

export interface TimelinePoint {
  at: string;
  attempts: number;
  answered: number;
  busy: number;
  noAnswer: number;
  failed: number;
  abandoned: number;
  converted: number;
}

export type CampaignContactState = 'waiting' | 'claimed' | 'dialling' | 'done' | 'skipped';

export interface CampaignContactRow {
  contactId: string;
  phone: string;
  name: string | null;
  state: CampaignContactState;
  attempts: number;
  nextAttemptAt: string | null;
  lastDisposition: Disposition | null;
  result: string | null;
  converted: boolean;
  reason: string | null;
  operator: string | null;
}

export interface CampaignAttempt {
  id: string;
  campaignId: string;
  contactId: string;
  number: number;
  phone: string;
  startedAt: string;
  callId: string | null;
  instanceId: string | null;
  operator: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  disposition: Disposition | null;
  sipStatus: number | null;
  talkSeconds: number;
  result: string | null;
  converted: boolean;
  operatorDisposition: string | null;
  notes: string | null;
}

export type OperatorState = 'loggedOut' | 'ready' | 'reserved' | 'talking' | 'wrapUp' | 'paused';

export interface OperatorCard {
  contact: Contact;
  queueEntry: { contactId: string; state: CampaignContactState; attempts: number; nextAttemptAt: string | null; operator: string | null };
  history: CampaignAttempt[];
  info: Record<string, unknown>;
}

export interface OperatorView {
  extension: string;
  campaignId: string;
  state: OperatorState;
  since: string;
  registered: boolean;
  card: OperatorCard | null;
  attemptId: string | null;
  callId: string | null;
  callState: 'ringing' | 'talking' | null;
  dispositionCodes: string[];
}

export interface OperatorSession {
  token: string;
  operator: OperatorView;
}

export interface Extension {
  number: string;
  displayName: string;
  enabled: boolean;
}
