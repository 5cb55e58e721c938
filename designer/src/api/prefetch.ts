// Requests started before the page's code has loaded (index.html, main.tsx), handed to the first one who asks.
import { answerOf } from './client';

const started = new Map<string, Promise<unknown>>();

/** Adopts the requests index.html sent before any script of the app ran. */
export function adoptEarlyRequests() {
  const early = (window as unknown as { __flowbuilderEarly?: Record<string, Promise<Response>> }).__flowbuilderEarly;
  if (!early) return;
  for (const [key, sent] of Object.entries(early)) prefetch(key, () => answerOf(sent));
  delete (window as unknown as { __flowbuilderEarly?: unknown }).__flowbuilderEarly;
}

export function prefetch<T>(key: string, load: () => Promise<T>) {
  const promise = load();
  promise.catch(() => undefined); // a failure is reported to whoever takes it
  started.set(key, promise);
}

/** The prefetched answer for key, once; later callers fetch afresh. */
export function takePrefetched<T>(key: string): Promise<T> | undefined {
  const promise = started.get(key) as Promise<T> | undefined;
  started.delete(key);
  return promise;
}

export function hasPrefetched(key: string): boolean {
  return started.has(key);
}
