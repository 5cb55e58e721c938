// The flow's webhook signing secret (POST creates or rotates it and is the only answer that holds it).
import { request } from '../../api/client';

export interface WebhookSecretInfo {
  exists: boolean;
  createdAt?: string | null;
  last4?: string | null;
  previousValidUntil?: string | null;
  header: string;
  scheme: string;
}

export interface CreatedWebhookSecret {
  secret: string;
  createdAt: string;
  last4: string;
  previousValidUntil?: string | null;
  header: string;
  scheme: string;
}

const url = (flowId: string) => `/api/flows/${encodeURIComponent(flowId)}/webhook-secret`;

export const webhookSecretApi = {
  get: (flowId: string) => request<WebhookSecretInfo>('GET', url(flowId)),
  rotate: (flowId: string) => request<CreatedWebhookSecret>('POST', url(flowId)),
};
