// The outcomes a node can leave by: one handle per outcome on the canvas, one edge per outcome.
import type { ActivityDescriptor } from './descriptors';
import type { JsonValue } from './flow';

/**
 * The node's outcomes: first the dynamic ones (one per row of the descriptor's list input, named by
 * the row's field, in row order; rows without a string name are skipped), then the declared ones,
 * each name once.
 */
export function nodeOutcomes(descriptor: Pick<ActivityDescriptor, 'outcomes' | 'dynamicOutcomes'>, inputs: Record<string, JsonValue>): string[] {
  const names: string[] = [];
  const dynamic = descriptor.dynamicOutcomes;
  const rows = dynamic ? inputs[dynamic.input] : undefined;
  if (dynamic && Array.isArray(rows)) {
    for (const row of rows) {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
      const name = row[dynamic.field];
      if (typeof name === 'string' && name !== '') names.push(name);
    }
  }
  names.push(...descriptor.outcomes);
  return [...new Set(names)];
}
