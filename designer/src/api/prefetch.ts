// Requests started before the page's code has loaded (main.tsx), handed to the first one who asks.
const started = new Map<string, Promise<unknown>>();

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
