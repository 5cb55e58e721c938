import { useState } from 'react';
import type { JsonValue, ValueType } from '../../model/flow';

/** A default value typed as the variable's type: text for strings, JSON for everything else. */
export function DefaultValueInput({ type, value, onChange, label, readOnly }: { type: ValueType; value: JsonValue | undefined; onChange: (v: JsonValue | undefined) => void; label: string; readOnly: boolean }) {
  const shown = value === undefined ? '' : type === 'string' && typeof value === 'string' ? value : JSON.stringify(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <input type="text" aria-label={label} value={text} placeholder="no default" readOnly={readOnly}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          if (t === '') { setError(null); onChange(undefined); return; }
          if (type === 'string') { setError(null); onChange(t); return; }
          try {
            const parsed = JSON.parse(t) as JsonValue;
            const actual = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed;
            if (type !== 'any' && actual !== type) { setError(`Expected a ${type}, got ${actual}.`); return; }
            setError(null);
            onChange(parsed);
          } catch {
            setError(type === 'any' ? 'Type a JSON value, e.g. "text", 3 or {"a": 1}.' : `Type a ${type} as JSON.`);
          }
        }} />
      {error && <div className="field-error">{error}</div>}
    </>
  );
}
