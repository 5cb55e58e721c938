// One small fetch wrapper for the FlowBuilder API: JSON in and out, RFC 7807 problems turned into
// ApiError (with the field at fault), and a network failure turned into ServerUnreachableError so the
// app can show its offline banner and keep edits.
import type { FlowDefinition } from '../model/flow';
import type {
  FlowSummary, FlowTemplate, FlowVersion, Instance, InstancePage, RunResult, SavedFlow, SimulatedCall,
  StoredFlow, ValidationResult,
} from './views';
import type { ActivityDescriptor } from '../model/descriptors';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  [key: string]: unknown;
}

export class ApiError extends Error {
  /** The raw Retry-After header of a 429 or 503, if any. */
  retryAfter: string | null = null;

  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
  }
}

export class ServerUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The FlowBuilder server cannot be reached. Your changes are kept in this browser and saved when it is back.');
    this.name = 'ServerUnreachableError';
    this.cause = cause;
  }
}

type Listener = (reachable: boolean) => void;
const listeners = new Set<Listener>();
let reachable = true;

/** Called with false when a request could not reach the server, and with true when one did again. */
export function onReachabilityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const PROBE_MS = 2000;
let probe: ReturnType<typeof setInterval> | undefined;

function setReachable(value: boolean) {
  if (value === reachable) return;
  reachable = value;
  clearInterval(probe);
  // While the server is away, ask /health every 2 s so everyone hears as soon as it is back.
  if (!value)
    probe = setInterval(() => {
      fetch('/health').then((r) => r.ok && setReachable(true), () => undefined);
    }, PROBE_MS);
  for (const l of listeners) l(value);
}

type UnauthorizedListener = (requestPath: string) => void;
let onUnauthorized: UnauthorizedListener = () => undefined;

/** Who hears of a 401 (the app sends people to sign in, see model/signInRedirect.ts); given the request's path. */
export function setUnauthorizedListener(listener: UnauthorizedListener): void {
  onUnauthorized = listener;
}

function pathOf(url: string): string {
  try {
    return new URL(url, typeof location === 'undefined' ? 'http://localhost' : location.origin).pathname;
  } catch {
    return url;
  }
}

export function request<T>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  return answerOf<T>(fetch(url, {
    method,
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  }));
}

/** The parsed answer of a request already sent (also those index.html starts before the app has loaded). */
export async function answerOf<T>(sent: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await sent;
  } catch (error) {
    setReachable(false);
    throw new ServerUnreachableError(error);
  }
  if (response.status >= 502 && response.status <= 504) {
    setReachable(false);
    throw new ServerUnreachableError(new Error(`HTTP ${response.status}`));
  }
  setReachable(true);
  const text = await response.text();
  const parsed = text.length > 0 && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) {
    if (response.status === 401) onUnauthorized(pathOf(response.url));
    const error = new ApiError(response.status, typeof parsed === 'object' && parsed ? parsed : { detail: String(parsed) });
    error.retryAfter = response.headers.get('retry-after');
    throw error;
  }
  return parsed as T;
}

/** GETs a body as text, unparsed (flow files byte for byte). */
export async function requestText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    setReachable(false);
    throw new ServerUnreachableError(error);
  }
  setReachable(true);
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401) onUnauthorized(pathOf(response.url || url));
    throw new ApiError(response.status, text.startsWith('{') ? JSON.parse(text) : { detail: text });
  }
  return text;
}

const enc = encodeURIComponent;

/** `GET /api/speech/status`: whether the server's text-to-speech works, which engine speaks, and what to fix when it does not. */
export interface SpeechStatus {
  available: boolean;
  /** `espeak-ng`, `azure`, … or `none`. */
  engine: string;
  detail: string;
}

export const api = {
  activities: () => request<ActivityDescriptor[]>('GET', '/api/activities'),
  flows: (search?: string) => request<FlowSummary[]>('GET', `/api/flows${search ? `?search=${enc(search)}` : ''}`),
  flow: (id: string) => request<StoredFlow>('GET', `/api/flows/${enc(id)}`),
  createFlow: (definition: FlowDefinition) => request<SavedFlow>('POST', '/api/flows', definition),
  saveFlow: (definition: FlowDefinition, revision: number) =>
    request<SavedFlow>('PUT', `/api/flows/${enc(definition.id)}`, definition, { 'if-match': `"${revision}"` }),
  validate: (definition: FlowDefinition) => request<ValidationResult>('POST', '/api/flows/validate', definition),
  publish: (id: string, note: string, revision: number) => request<FlowVersion>('POST', `/api/flows/${enc(id)}/publish`, { note, revision }),
  archive: (id: string) => request<StoredFlow>('POST', `/api/flows/${enc(id)}/archive`),
  unarchive: (id: string) => request<StoredFlow>('POST', `/api/flows/${enc(id)}/unarchive`),
  versions: (id: string) => request<FlowVersion[]>('GET', `/api/flows/${enc(id)}/versions`),
  version: (id: string, version: number) => request<FlowVersion>('GET', `/api/flows/${enc(id)}/versions/${version}`),
  restore: (id: string, version: number, revision: number) =>
    request<SavedFlow>('POST', `/api/flows/${enc(id)}/versions/${version}/restore`, { revision }),
  /** The flow file exactly as the server writes it. */
  exportFlow: (id: string, version?: number) => requestText(`/api/flows/${enc(id)}/export${version ? `?version=${version}` : ''}`),
  importFlow: (fileText: string, replace: boolean) => request<SavedFlow>('POST', `/api/flows/import${replace ? '?replace=true' : ''}`, fileText),
  templates: () => request<FlowTemplate[]>('GET', '/api/templates'),
  template: (id: string) => request<FlowDefinition>('GET', `/api/templates/${enc(id)}`),
  run: (id: string, body: { input?: unknown; trigger?: unknown; version?: number; wait?: boolean }) =>
    request<RunResult>('POST', `/api/flows/${enc(id)}/run`, body),
  instances: (query: { flowId?: string; status?: string; skip?: number; take?: number }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
    return request<InstancePage>('GET', `/api/instances?${q}`);
  },
  instance: (id: string) => request<Instance>('GET', `/api/instances/${enc(id)}`),
  cancelInstance: (id: string) => request<unknown>('POST', `/api/instances/${enc(id)}/cancel`),
  ring: (body: { flowId: string; version?: number; from?: string; to?: string; input?: unknown }) =>
    request<SimulatedCall>('POST', '/api/simulator/calls', body),
  simulatedCall: (id: string) => request<SimulatedCall>('GET', `/api/simulator/calls/${enc(id)}`),
  pressDigits: (id: string, digits: string) => request<SimulatedCall>('POST', `/api/simulator/calls/${enc(id)}/digits`, { digits }),
  hangUp: (id: string) => request<SimulatedCall>('POST', `/api/simulator/calls/${enc(id)}/hangup`),
  /** The URL of `text` spoken by the server's text-to-speech, as a WAV for an audio element (not fetched here). */
  speech: (text: string, voice?: string | null) => `/api/speech?text=${enc(text)}${voice ? `&voice=${enc(voice)}` : ''}`,
  speechStatus: () => request<SpeechStatus>('GET', '/api/speech/status'),
  /** The URL of a media library file (what Play Audio plays), for an audio element. */
  media: (name: string) => `/api/media/${enc(name)}`,
};
