import { useEffect, useState } from 'react';
import type { JsonValue } from '../../model/flow';

/** Any JSON value as text; kept as typed until it parses, with the parse error shown. */
export function JsonField({ value, onChange, label, readOnly }: { value: JsonValue | undefined; onChange: (v: JsonValue | undefined) => void; label: string; readOnly?: boolean }) {
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText((current) => {
      try {
        if (current.trim() !== '' && JSON.stringify(JSON.parse(current)) === JSON.stringify(value)) return current;
      } catch {
        // The typed text does not parse; the stored value changed underneath (undo): show the stored one.
      }
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    });
  }, [value]);
  return (
    <>
      <textarea
        className="json-field"
        aria-label={label}
        value={text}
        rows={Math.min(10, Math.max(3, text.split('\n').length))}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setError(null);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(e.target.value) as JsonValue);
            setError(null);
          } catch (err) {
            setError(`Not valid JSON yet: ${(err as Error).message}`);
          }
        }}
      />
      {error && <div className="field-error">{error}</div>}
    </>
  );
}
