import type { JsonValue } from '../../model/flow';

/** A JSON value pretty-printed (2-space indent) in a scrollable block. */
export function JsonView({ value, label }: { value: JsonValue | undefined; label?: string }) {
  const text = value === undefined ? 'undefined' : JSON.stringify(value, null, 2);
  return <pre className="json-view" aria-label={label}>{text}</pre>;
}
