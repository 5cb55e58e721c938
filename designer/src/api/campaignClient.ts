// The campaign, contacts, do-not-call and operator endpoints (the flow endpoints are in client.ts).
import { ApiError, answerOf, request, ServerUnreachableError } from './client';
import type {
  Campaign, CampaignAttempt, CampaignContactRow, CampaignStatistics, Contact, ContactImport, ContactList, DoNotCallEntry,
  Extension, ImportMode, ImportPreview, OperatorSession, OperatorView, SubscriberGroup, TimelinePoint,
} from './campaignViews';
import type { CampaignBody } from '../model/campaignForm';
import type { GroupBody } from '../model/groupForm';

const enc = encodeURIComponent;

function query(values: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** A list the server may answer as a plain array or as `{items, total}`. */
export function itemsOf<T>(answer: T[] | { items: T[] }): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

function postForm<T>(url: string, form: FormData): Promise<T> {
  return answerOf<T>(fetch(url, { method: 'POST', headers: { accept: 'application/json' }, body: form }));
}

export interface ImportOptions {
  mode: ImportMode;
  dryRun: boolean;
  delimiter?: string;
  mapping: Record<string, string>;
}

/** Uploads a CSV with XMLHttpRequest so the upload's own progress can be shown; resolves with the 202's import view. */
export function uploadImport(groupId: string, file: File, options: ImportOptions, onProgress: (sent: number, total: number) => void): Promise<ContactImport> {
  const form = new FormData();
  form.append('file', file);
  form.append('mode', options.mode);
  form.append('dryRun', String(options.dryRun));
  if (options.delimiter) form.append('delimiter', options.delimiter);
  form.append('mapping', JSON.stringify(options.mapping));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/groups/${enc(groupId)}/imports`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ServerUnreachableError(new Error('The upload could not reach the server.')));
    xhr.onload = () => {
      let body: unknown = xhr.responseText;
      try { body = xhr.responseText ? JSON.parse(xhr.responseText) : {}; } catch { /* not JSON: keep the text */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ContactImport);
      else reject(new ApiError(xhr.status, typeof body === 'object' && body ? (body as Record<string, unknown>) : { detail: String(body) }));
    };
    xhr.send(form);
  });
}

export const campaignsApi = {
  // Groups and contacts
  groups: () => request<SubscriberGroup[]>('GET', '/api/groups'),
  group: (id: string) => request<SubscriberGroup>('GET', `/api/groups/${enc(id)}`),
  createGroup: (body: GroupBody) => request<SubscriberGroup>('POST', '/api/groups', body),
  deleteGroup: (id: string) => request<unknown>('DELETE', `/api/groups/${enc(id)}`),
  contacts: (groupId: string, search: string, offset: number, limit: number) =>
    request<ContactList>('GET', `/api/groups/${enc(groupId)}/contacts${query({ search, offset, limit })}`),
  addContact: (groupId: string, body: Partial<Contact>) => request<Contact>('POST', `/api/groups/${enc(groupId)}/contacts`, body),
  deleteContact: (groupId: string, contactId: string) =>
    request<unknown>('DELETE', `/api/groups/${enc(groupId)}/contacts/${enc(contactId)}`),
  previewImport: (groupId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return postForm<ImportPreview>(`/api/groups/${enc(groupId)}/imports/preview`, form);
  },
  importStatus: (importId: string) => request<ContactImport>('GET', `/api/imports/${enc(importId)}`),
  rejectedCsv: (importId: string) => `/api/imports/${enc(importId)}/rejected.csv`,
  exportCsv: (groupId: string) => `/api/groups/${enc(groupId)}/export.csv`,

  // Do not call
  doNotCall: (offset = 0, limit = 200) => request<DoNotCallEntry[] | { items: DoNotCallEntry[] }>('GET', `/api/do-not-call${query({ offset, limit })}`),
  addDoNotCall: (phone: string) => request<DoNotCallEntry>('POST', '/api/do-not-call', { phone }),
  removeDoNotCall: (phone: string) => request<unknown>('DELETE', `/api/do-not-call/${enc(phone)}`),

  // Campaigns
  campaigns: (status?: string) => request<Campaign[]>('GET', `/api/campaigns${query({ status })}`),
  campaign: (id: string) => request<Campaign>('GET', `/api/campaigns/${enc(id)}`),
  createCampaign: (body: CampaignBody) => request<Campaign>('POST', '/api/campaigns', body),
  updateCampaign: (id: string, body: CampaignBody) => request<Campaign>('PUT', `/api/campaigns/${enc(id)}`, body),
  deleteCampaign: (id: string) => request<unknown>('DELETE', `/api/campaigns/${enc(id)}`),
  lifecycle: (id: string, action: 'start' | 'pause' | 'resume' | 'stop' | 'archive') =>
    request<Campaign>('POST', `/api/campaigns/${enc(id)}/${action}`),
  statistics: (id: string) => request<CampaignStatistics>('GET', `/api/campaigns/${enc(id)}/statistics`),
  timeline: (id: string, minutes = 60, bucketSeconds = 60) =>
    request<TimelinePoint[]>('GET', `/api/campaigns/${enc(id)}/timeline${query({ minutes, bucketSeconds })}`),
  campaignContacts: (id: string, state: string, offset: number, limit: number) =>
    request<CampaignContactRow[] | { items: CampaignContactRow[]; total: number }>('GET', `/api/campaigns/${enc(id)}/contacts${query({ state, offset, limit })}`),
  contactAttempts: (id: string, contactId: string) =>
    request<CampaignAttempt[]>('GET', `/api/campaigns/${enc(id)}/contacts/${enc(contactId)}/attempts`),
  attempts: (id: string, disposition: string, offset: number, limit: number) =>
    request<CampaignAttempt[] | { items: CampaignAttempt[] }>('GET', `/api/campaigns/${enc(id)}/attempts${query({ disposition, offset, limit })}`),
  operators: (id: string) => request<OperatorView[]>('GET', `/api/campaigns/${enc(id)}/operators`),
  resultsCsv: (id: string) => `/api/campaigns/${enc(id)}/results.csv`,
  extensions: () => request<Extension[]>('GET', '/api/extensions'),
};

/** The operator page's endpoints, with the session's bearer token. */
export const operatorApi = {
  login: (extension: string, password: string, campaignId: string) =>
    request<OperatorSession>('POST', '/api/operator/session', { extension, password, campaignId }),
  me: (token: string) => request<OperatorView>('GET', '/api/operator/me', undefined, bearer(token)),
  command: (token: string, command: 'ready' | 'pause' | 'call' | 'skip') =>
    request<OperatorView>('POST', `/api/operator/${command}`, undefined, bearer(token)),
  disposition: (token: string, attemptId: string, code: string, notes: string) =>
    request<OperatorView>('POST', '/api/operator/disposition', { attemptId, code, notes: notes || undefined }, bearer(token)),
  logout: (token: string) => request<unknown>('DELETE', '/api/operator/session', undefined, bearer(token)),
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
