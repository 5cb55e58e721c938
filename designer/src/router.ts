// A tiny history-API router: the designer has a dozen pages, a library would be heavier than this.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'flows' }
  | { page: 'editor'; flowId: string; version?: number }
  | { page: 'instances'; flowId?: string; status?: string }
  | { page: 'instance'; instanceId: string }
  | { page: 'campaigns' }
  | { page: 'campaign-new' }
  | { page: 'campaign'; campaignId: string }
  | { page: 'groups' }
  | { page: 'group'; groupId: string }
  | { page: 'do-not-call' }
  | { page: 'operator' }
  | { page: 'click-to-call' }
  | { page: 'click-to-call-new' }
  | { page: 'click-to-call-campaign'; campaignId: string }
  | { page: 'click-to-call-requests'; failed: boolean; campaignId?: string }
  | { page: 'click-to-call-statistics' }
  | { page: 'company' }
  | { page: 'tariffs' }
  | { page: 'tariff'; tariffId: string }
  | { page: 'sign-in'; next: string | null }
  | { page: 'setup' }
  | { page: 'users' }
  | { page: 'api-keys' }
  | { page: 'companies' }
  | { page: 'dashboard' }
  | { page: 'account' }
  | { page: 'not-found'; path: string };

export function parseRoute(pathname: string, search = ''): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'flows')) return { page: 'flows' };
  if (parts[0] === 'flows' && parts.length === 2) return { page: 'editor', flowId: parts[1] };
  if (parts[0] === 'flows' && parts.length === 4 && parts[2] === 'versions' && /^\d+$/.test(parts[3]))
    return { page: 'editor', flowId: parts[1], version: Number(parts[3]) };
  if (parts[0] === 'instances' && parts.length === 1)
    return { page: 'instances', flowId: query.get('flowId') ?? undefined, status: query.get('status') ?? undefined };
  if (parts[0] === 'instances' && parts.length === 2) return { page: 'instance', instanceId: parts[1] };
  if (parts[0] === 'campaigns' && parts.length === 1) return { page: 'campaigns' };
  if (parts[0] === 'campaigns' && parts.length === 2) return parts[1] === 'new' ? { page: 'campaign-new' } : { page: 'campaign', campaignId: parts[1] };
  if (parts[0] === 'groups' && parts.length === 1) return { page: 'groups' };
  if (parts[0] === 'groups' && parts.length === 2) return { page: 'group', groupId: parts[1] };
  if (parts[0] === 'do-not-call' && parts.length === 1) return { page: 'do-not-call' };
  if (parts[0] === 'operator' && parts.length === 1) return { page: 'operator' };
  if (parts[0] === 'click-to-call') {
    if (parts.length === 1) return { page: 'click-to-call' };
    if (parts.length === 2 && parts[1] === 'new') return { page: 'click-to-call-new' };
    if (parts.length === 2 && parts[1] === 'requests') return { page: 'click-to-call-requests', failed: query.get('view') === 'failed', campaignId: query.get('campaignId') ?? undefined };
    if (parts.length === 2 && parts[1] === 'statistics') return { page: 'click-to-call-statistics' };
    if (parts.length === 2) return { page: 'click-to-call-campaign', campaignId: parts[1] };
  }
  if (parts[0] === 'settings' && parts[1] === 'company' && parts.length === 2) return { page: 'company' };
  if (parts[0] === 'sign-in' && parts.length === 1) return { page: 'sign-in', next: query.get('next') };
  if (parts[0] === 'setup' && parts.length === 1) return { page: 'setup' };
  if (parts[0] === 'settings' && parts[1] === 'users' && parts.length === 2) return { page: 'users' };
  if (parts[0] === 'settings' && parts[1] === 'api-keys' && parts.length === 2) return { page: 'api-keys' };
  if (parts[0] === 'system' && parts[1] === 'companies' && parts.length === 2) return { page: 'companies' };
  if (parts[0] === 'dashboard' && parts.length === 1) return { page: 'dashboard' };
  if (parts[0] === 'account' && parts.length === 1) return { page: 'account' };
  if (parts[0] === 'tariffs' && parts.length === 1) return { page: 'tariffs' };
  if (parts[0] === 'tariffs' && parts.length === 2) return { page: 'tariff', tariffId: parts[1] };
  return { page: 'not-found', path: pathname };
}

const subscribers = new Set<() => void>();
window.addEventListener('popstate', () => subscribers.forEach((s) => s()));

export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  subscribers.forEach((s) => s());
}

function subscribe(callback: () => void) {
  subscribers.add(callback);
  return () => subscribers.delete(callback);
}

const snapshot = () => location.pathname + location.search;

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, snapshot);
  const q = path.indexOf('?');
  return parseRoute(q < 0 ? path : path.slice(0, q), q < 0 ? '' : path.slice(q));
}

/** Path of a flow's editor, or of one of its published versions (read-only). */
export const flowPath = (flowId: string, version?: number) =>
  `/flows/${encodeURIComponent(flowId)}${version ? `/versions/${version}` : ''}`;
export const instancePath = (instanceId: string) => `/instances/${encodeURIComponent(instanceId)}`;
export const campaignPath = (campaignId: string) => `/campaigns/${encodeURIComponent(campaignId)}`;
export const groupPath = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;
export const clickToCallPath = (campaignId: string) => `/click-to-call/${encodeURIComponent(campaignId)}`;
export const tariffPath = (tariffId: string) => `/tariffs/${encodeURIComponent(tariffId)}`;
