// What the accounts API answers (issue 9: /api/me, /api/session, /api/setup, /api/users, /api/api-keys, /api/system/companies).

export interface MeView {
  /** For an API key: its id, no e-mail, its name. */
  user: { id: string; email: string | null; name: string; role: string; isSystemAdministrator: boolean };
  company: { id: string; name: string };
  homeCompanyId: string;
  authenticatedBy: 'session' | 'apiKey';
  permissions: string[];
}

export interface SetupStatus {
  needed: boolean;
  tokenRequired: boolean;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  isSystemAdministrator: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface ApiKeyView {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  active: boolean;
}

export interface CreatedApiKey extends ApiKeyView {
  /** The whole key, shown once. */
  key: string;
}

export interface CompanyAccountView {
  id: string;
  name: string;
  email: string | null;
  tariffId: string | null;
  timeZone: string;
  currency: string;
  balance: number;
  creditLimit: number | null;
  available: number | null;
  users: number;
}

export interface NewCompany {
  id?: string;
  name: string;
  email?: string;
  timeZone?: string;
  tariffId?: string;
  creditLimit?: number | null;
  admin: { email: string; name: string; password: string };
}
