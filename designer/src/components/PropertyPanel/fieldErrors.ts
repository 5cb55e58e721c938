import type { ValidationProblem } from '../../api/views';

/** The server's problems of one node, keyed by the input they are about ("" for the node as a whole). */
export function fieldErrors(problems: readonly ValidationProblem[], nodeId: string): Map<string, string> {
  const byField = new Map<string, string>();
  for (const p of problems) {
    if (p.nodeId !== nodeId || p.severity !== 'error') continue;
    const match = /\.inputs\.([A-Za-z0-9_]+)/.exec(p.path) ?? /\.inputs\['([^']+)'\]/.exec(p.path);
    const field = match && !p.path.startsWith('$.edges') ? match[1] : '';
    byField.set(field, byField.has(field) ? `${byField.get(field)}\n${p.message}` : p.message);
  }
  return byField;
}
