// The accounts API: who is signed in, signing in and out, first set-up, users, API keys, companies (system administrators).
import { request } from './client';
import type { ApiKeyView, CompanyAccountView, CreatedApiKey, MeView, NewCompany, SetupStatus, UserView } from './accountViews';

const enc = encodeURIComponent;

export const accountApi = {
  me: () => request<MeView>('GET', '/api/me'),
  signIn: (email: string, password: string) => request<MeView>('POST', '/api/session', { email, password }),
  signOut: () => request<void>('DELETE', '/api/session'),
  actIn: (companyId: string) => request<MeView>('POST', '/api/session/company', { companyId }),
  setupStatus: () => request<SetupStatus>('GET', '/api/setup'),
  setup: (body: { companyName: string; name: string; email: string; password: string; token?: string }) => request<MeView>('POST', '/api/setup', body),

  users: () => request<UserView[]>('GET', '/api/users'),
  createUser: (body: { email: string; name: string; role: string; password: string }) => request<UserView>('POST', '/api/users', body),
  updateUser: (id: string, body: { name: string; role: string; disabled: boolean }) => request<UserView>('PUT', `/api/users/${enc(id)}`, body),
  resetPassword: (id: string, password: string) => request<void>('POST', `/api/users/${enc(id)}/password`, { password }),
  deleteUser: (id: string) => request<void>('DELETE', `/api/users/${enc(id)}`),

  apiKeys: () => request<ApiKeyView[]>('GET', '/api/api-keys'),
  createApiKey: (body: { name: string; role: string; expiresAt?: string }) => request<CreatedApiKey>('POST', '/api/api-keys', body),
  revokeApiKey: (id: string) => request<void>('DELETE', `/api/api-keys/${enc(id)}`),

  companies: () => request<CompanyAccountView[]>('GET', '/api/system/companies'),
  createCompany: (body: NewCompany) => request<CompanyAccountView>('POST', '/api/system/companies', body),
};
