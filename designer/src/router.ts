// A tiny history-API router: the designer has five pages, a library would be heavier than this.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'flows' }
  | { page: 'editor'; flowId: string; version?: number }
  | { page: 'instances'; flowId?: string; status?: string }
  | { page: 'instance'; instanceId: string }
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
