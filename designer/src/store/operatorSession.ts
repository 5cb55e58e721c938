// The operator page's sign-in, kept in sessionStorage so a reload keeps the operator signed in (and a closed tab does not).
import type { CampaignMode } from '../api/campaignViews';

export interface StoredOperatorSession {
  token: string;
  extension: string;
  campaignId: string;
  campaignName: string;
  mode: CampaignMode;
}

const KEY = 'flowbuilder.operatorSession';

export function readOperatorSession(): StoredOperatorSession | null {
  try {
    const text = sessionStorage.getItem(KEY);
    const parsed = text ? (JSON.parse(text) as StoredOperatorSession) : null;
    return parsed && typeof parsed.token === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveOperatorSession(session: StoredOperatorSession | null) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
