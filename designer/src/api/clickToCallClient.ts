// The click-to-call, company and tariff endpoints (contract: /api/click-to-call/*, /api/company, /api/tariffs).
import { request } from './client';
import type {
  CallbackRequestView, ClickToCallCampaign, ClickToCallStatistics, CommentView, CompanyView, EmbedSnippet, MetricPriceView, RequestList,
  TariffRateView, TariffSummary, TariffView,
} from './clickToCallViews';
import type { ClickToCallBody } from '../model/clickToCallForm';

const enc = encodeURIComponent;
const base = '/api/click-to-call';

export interface StatisticsQuery {
  campaignId?: string;
  from: string;
  to: string;
  compareFrom?: string;
  compareTo?: string;
  bucket: 'hour' | 'day';
}

function query(values: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

export interface TariffBody {
  name: string;
  currency: string;
  rates: TariffRateView[];
  metricPrices?: MetricPriceView[];
  minimumPayment?: number;
}

export const clickToCallApi = {
  campaigns: (includeArchived = false) => request<ClickToCallCampaign[]>('GET', `${base}/campaigns${query({ includeArchived: includeArchived || undefined })}`),
  campaign: (id: string) => request<ClickToCallCampaign>('GET', `${base}/campaigns/${enc(id)}`),
  createCampaign: (body: ClickToCallBody) => request<ClickToCallCampaign>('POST', `${base}/campaigns`, body),
  updateCampaign: (id: string, body: ClickToCallBody) => request<ClickToCallCampaign>('PUT', `${base}/campaigns/${enc(id)}`, body),
  archiveCampaign: (id: string) => request<unknown>('DELETE', `${base}/campaigns/${enc(id)}`),
  lifecycle: (id: string, action: 'pause' | 'resume' | 'rotate-key') => request<ClickToCallCampaign>('POST', `${base}/campaigns/${enc(id)}/${action}`),
  embed: (id: string) => request<EmbedSnippet>('GET', `${base}/campaigns/${enc(id)}/embed`),

  /** `filterQuery` from requestQuery() (model/clickToCallDisplay). */
  requests: (filterQuery: string) => request<RequestList>('GET', `${base}/requests${filterQuery ? `?${filterQuery}` : ''}`),
  request: (id: string) => request<CallbackRequestView>('GET', `${base}/requests/${enc(id)}`),
  callBack: (id: string, body: { operator?: string }) => request<CallbackRequestView>('POST', `${base}/requests/${enc(id)}/callback`, body),
  cancel: (id: string) => request<CallbackRequestView>('POST', `${base}/requests/${enc(id)}/cancel`),
  addComment: (id: string, body: { type: string; text: string; fields: Record<string, string>; author?: string }) =>
    request<CommentView>('POST', `${base}/requests/${enc(id)}/comments`, body),
  requestsCsv: (filterQuery: string) => `${base}/requests.csv${filterQuery ? `?${filterQuery}` : ''}`,

  statistics: (q: StatisticsQuery) => request<ClickToCallStatistics>('GET', `${base}/statistics${query({ ...q })}`),
  /** from/to as dates (yyyy-mm-dd), `to` exclusive. */
  invoicePdf: (from: string, to: string, campaignId?: string) => `${base}/invoice.pdf${query({ from, to, campaignId })}`,

  company: () => request<CompanyView>('GET', '/api/company'),
  saveCompany: (body: Omit<CompanyView, 'id'>) => request<CompanyView>('PUT', '/api/company', body),

  tariffs: () => request<TariffSummary[]>('GET', '/api/tariffs'),
  tariff: (id: string) => request<TariffView>('GET', `/api/tariffs/${enc(id)}`),
  createTariff: (body: TariffBody) => request<TariffView>('POST', '/api/tariffs', body),
  updateTariff: (id: string, body: TariffBody) => request<TariffView>('PUT', `/api/tariffs/${enc(id)}`, body),
  deleteTariff: (id: string) => request<unknown>('DELETE', `/api/tariffs/${enc(id)}`),
  uploadRates: (id: string, csv: string) => request<TariffView>('POST', `/api/tariffs/${enc(id)}/rates.csv`, csv, { 'content-type': 'text/csv' }),
};
