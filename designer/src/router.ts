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
