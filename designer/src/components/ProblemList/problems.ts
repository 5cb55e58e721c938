import { ApiError, ServerUnreachableError } from '../../api/client';

/** One thing wrong with a flow file, located by JSON path. */
export interface PathProblem {
  path: string;
  message: string;
  severity?: string;
  line?: number | null;
  column?: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** Every problem an error carries: the `problems` array of a ProblemDetails, its `errors` map, or its single path and detail. */
export function problemsOf(error: unknown): PathProblem[] {
  if (!(error instanceof ApiError)) return [{ path: '$', message: messageOf(error) }];
  const p = error.problem;
  const found: PathProblem[] = [];
  if (Array.isArray(p.problems)) {
    for (const item of p.problems) {
      if (!isRecord(item)) continue;
      found.push({
        path: typeof item.path === 'string' ? item.path : '$',
        message: typeof item.message === 'string' ? item.message : JSON.stringify(item),
        severity: typeof item.severity === 'string' ? item.severity : undefined,
        line: numberOrNull(item.line),
        column: numberOrNull(item.column),
      });
    }
  }
  if (isRecord(p.errors)) {
    for (const [path, messages] of Object.entries(p.errors)) {
      const list = Array.isArray(messages) ? messages : [messages];
      for (const m of list) found.push({ path, message: String(m) });
    }
  }
  if (found.length === 0) {
    found.push({
      path: typeof p.path === 'string' ? p.path : '$',
      message: error.message,
      line: numberOrNull(p.line),
      column: numberOrNull(p.column),
    });
  }
  return found;
}

/** A sentence for any error the API client throws. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError || error instanceof ServerUnreachableError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
