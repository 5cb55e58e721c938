// What the click-to-call, company and tariff endpoints answer (camelCase JSON, enums as camelCase strings; see /tmp/api8.md's
// contract: /api/click-to-call/*, /api/company, /api/tariffs).
import type { CallingScheduleView, RetryRuleView } from './campaignViews';

export type ClickToCallStatus = 'active' | 'paused' | 'archived';
export type FirstLeg = 'client' | 'company';
export type RequestStatus = 'waiting' | 'calling' | 'completed' | 'failedCallingClient' | 'failedCallingCompany' | 'cancelled';
export type CommentFieldType = 'text' | 'number' | 'date' | 'dateTime' | 'boolean' | 'choice';

export interface WaitingMessageView {
  text: string;
  audioFile?: string | null;
  voice?: string | null;
}

export interface CommentFieldView {
  name: string;
  label: string;
  type: CommentFieldType;
  required?: boolean;
  options?: string[] | null;
}

export interface CommentTypeView {
  name: string;
  label: string;
  fields: CommentFieldView[];
}

export interface RequestCounts {
  waiting: number;
  calling: number;
  completed: number;
  failed: number;
}

export interface ClickToCallCampaign {
  id: string;
  companyId?: string;
  name: string;
  description: string | null;
  key: string;
  flowId: string;
  flowVersion: number | null;
  firstLeg: FirstLeg;
  operators: string[];
  clientMessage: WaitingMessageView;
  companyMessage: WaitingMessageView;
  clientRetry: RetryRuleView;
  reminderMinutes: number | null;
  hours: CallingScheduleView;
  price: number;
  currency: string;
  status: ClickToCallStatus;
  clientCallerId: string | null;
  companyCallerId: string | null;
  trunk: string | null;
  ringSeconds: number;
  defaultCountry: string;
  allowedOrigins: string[];
  consentText: string;
  reminderEmail: string | null;
  commentTypes: CommentTypeView[];
  widgetTitle: string;
  createdAt?: string;
  updatedAt?: string;
  counts?: RequestCounts;
}

export interface EmbedSnippet {
  key: string;
  script: string;
  endpoint: string;
}

export interface PhoneDirectionView {
  country: string;
  countryName: string;
  region: string | null;
  carrier: string | null;
  mobile: boolean;
  label: string;
}

export interface ConsentView {
  text: string;
  givenAt: string;
  sourceAddress: string;
  pageUrl: string | null;
  userAgent: string | null;
}

export interface CdrView {
  callId: string;
  from: string;
  to: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  disposition: string | null;
  cause: string | null;
  sipStatus: number | null;
  billableSeconds: number | null;
}

export type LegSide = 'client' | 'company';

export interface LegView {
  attempt: number;
  side: LegSide;
  callId: string | null;
  number: string;
  outcome: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  sipStatus: number | null;
  answeredBy: string | null;
  cdr: CdrView | null;
}

export interface CommentView {
  id: string;
  type: string;
  text: string;
  fields: Record<string, string>;
  author: string;
  createdAt: string;
}

export interface CallbackRequestView {
  id: string;
  campaignId: string;
  campaignName: string;
  clientPhone: string;
  status: RequestStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  firstLeg: FirstLeg;
  source: string;
  destination: string | null;
  direction: PhoneDirectionView | null;
  reason: string | null;
  completedAt: string | null;
  talkSeconds: number;
  price: number | null;
  currency: string | null;
  consent: ConsentView | null;
  legs: LegView[];
  comments: CommentView[];
}

export interface RequestList {
  items: CallbackRequestView[];
  total: number;
}

export interface PeriodSummary {
  from: string;
  to: string;
  total: number;
  completed: number;
  failedCallingClient: number;
  failedCallingCompany: number;
  waiting: number;
  calling: number;
  cancelled: number;
  completionRate: number;
  averageWaitSeconds: number;
  averageTalkSeconds: number;
  revenue: number;
  currency: string | null;
}

export interface PeriodChange {
  total: number;
  completed: number;
  completionRate: number;
  revenue: number;
}

export interface SeriesPoint {
  at: string;
  total: number;
  completed: number;
  failed: number;
}

export interface DirectionRow {
  label: string;
  country: string;
  total: number;
  completed: number;
}

export interface ClickToCallStatistics {
  period: PeriodSummary;
  compare: PeriodSummary | null;
  change: PeriodChange | null;
  live: { waiting: number; calling: number };
  series: SeriesPoint[];
  directions: DirectionRow[];
}

export interface CompanyView {
  id: string;
  name: string;
  email: string | null;
  tariffId: string | null;
  timeZone: string;
  address: string[];
  taxId: string | null;
}

export interface TariffSummary {
  id: string;
  name: string;
  currency: string;
  rateCount: number;
}

export interface TariffRateView {
  prefix: string;
  destination: string;
  pricePerMinute: number;
  connectionFee?: number;
  firstIncrement?: number;
  nextIncrement?: number;
}

/** An action price of a tariff: the price of one unit of a metric (sms.sent, or a flow's own). */
export interface MetricPriceView {
  metric: string;
  unitPrice: number;
  name?: string | null;
}

export interface TariffView {
  id: string;
  name: string;
  currency: string;
  rates: TariffRateView[];
  /** Action prices (issue 9); absent from servers before it. */
  metricPrices?: MetricPriceView[];
  /** The least a company pays per month; 0: none. */
  minimumPayment?: number;
  updatedAt?: string;
}
