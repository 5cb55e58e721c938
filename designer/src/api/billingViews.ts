// Views of the billing, statistics and /api/me endpoints (issue 9 contract: /api/billing/*, /api/statistics, /api/me).

export type LedgerKind = 'call' | 'metric' | 'topUp' | 'adjustment' | 'minimumPayment';

export interface PayerView {
  name: string;
  email: string | null;
  address: string[];
  taxId: string | null;
}

export interface BillingPeriodView {
  /** "2026-12". */
  name: string;
  start: string;
  end: string;
  /** Charges so far, positive. */
  charges: number;
  /** What is still missing to the tariff's minimum payment. */
  minimumTopUp: number;
}

/** `GET /api/billing/account`. */
export interface BillingAccountView {
  currency: string;
  balance: number;
  /** null: no limit. */
  creditLimit: number | null;
  /** Balance plus credit limit; null: unlimited. */
  available: number | null;
  blocked: boolean;
  blockedReason?: string | null;
  tariff: { id: string; name: string } | null;
  minimumPayment: number;
  payer: PayerView | null;
  period: BillingPeriodView;
}

export interface LedgerEntryView {
  id: string;
  kind: LedgerKind;
  sourceKind: string;
  sourceId: string;
  /** Signed as it changes the balance: charges negative. */
  amount: number;
  currency: string;
  item: string;
  quantity: number;
  unitPrice: number;
  billedSeconds: number;
  prefix: string | null;
  description: string | null;
  occurredAt: string;
  postedAt: string;
}

export interface LedgerPage {
  total: number;
  items: LedgerEntryView[];
}

export interface UsageLine {
  kind: LedgerKind;
  item: string;
  count: number;
  quantity: number;
  /** A positive charge. */
  amount: number;
}

export interface UsageView {
  period: string;
  lines: UsageLine[];
  total: number;
}

export interface InvoiceSummary {
  /** "2026-11". */
  period: string;
  start: string;
  end: string;
  total: number;
  currency: string;
}

export type StatisticsBucket = 'hour' | 'day' | 'week' | 'month';

export interface StatisticsTotals {
  calls: number;
  answered: number;
  /** 0…1; null when there were no calls. */
  asr: number | null;
  /** null when no call was answered. */
  acdSeconds: number | null;
  talkMinutes: number;
  outbound: number;
  inbound: number;
  spend: number;
}

export interface StatisticsBucketView {
  start: string;
  calls: number;
  answered: number;
  asr: number | null;
  acdSeconds: number | null;
  spend: number;
}

/** `GET /api/statistics`. */
export interface StatisticsView {
  from: string;
  to: string;
  bucket: StatisticsBucket;
  currency: string;
  totals: StatisticsTotals;
  buckets: StatisticsBucketView[];
}
