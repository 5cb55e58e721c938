// The billing, statistics and own-profile endpoints (contract: /api/billing/*, /api/statistics, PUT /api/me, POST /api/me/password).
import { request } from './client';
import type {
  BillingAccountView, InvoiceSummary, LedgerKind, LedgerPage, PayerView, StatisticsBucket, StatisticsView, UsageView,
} from './billingViews';
import type { MeView } from './accountViews';

const enc = encodeURIComponent;

function query(values: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

export interface LedgerQuery {
  kind?: LedgerKind;
  from?: string;
  to?: string;
  skip: number;
  take: number;
}

export const billingApi = {
  rename: (name: string) => request<MeView>('PUT', '/api/me', { name }),
  changePassword: (currentPassword: string, newPassword: string) => request<unknown>('POST', '/api/me/password', { currentPassword, newPassword }),

  account: () => request<BillingAccountView>('GET', '/api/billing/account'),
  savePayer: (payer: PayerView) => request<BillingAccountView>('PUT', '/api/billing/payer', payer),
  removePayer: () => request<BillingAccountView>('DELETE', '/api/billing/payer'),
  ledger: (q: LedgerQuery) => request<LedgerPage>('GET', `/api/billing/ledger${query({ ...q })}`),
  usage: (period: string) => request<UsageView>('GET', `/api/billing/usage${query({ period })}`),
  invoices: () => request<InvoiceSummary[]>('GET', '/api/billing/invoices'),
  /** The URL of a period's invoice (yyyy-MM) as a download. */
  invoiceUrl: (period: string, format: 'pdf' | 'csv') => `/api/billing/invoices/${enc(period)}.${format}`,

  /** from/to: days (yyyy-mm-dd, read in the company's time zone) or instants; [from, to). */
  statistics: (from: string, to: string, bucket: StatisticsBucket) => request<StatisticsView>('GET', `/api/statistics${query({ from, to, bucket })}`),
};
