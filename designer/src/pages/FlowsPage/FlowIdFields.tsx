import { useId } from 'react';
import { FLOW_ID_PATTERN, slugify } from '../../store/flowsStore';

export interface FlowIdValue {
  name: string;
  id: string;
  /** True once the person typed an id: the id then no longer follows the name. */
  idEdited: boolean;
}

export function flowIdError(value: FlowIdValue): string | null {
  if (!value.name.trim()) return 'Give the flow a name.';
  if (!value.id) return 'Give the flow an id.';
  if (!FLOW_ID_PATTERN.test(value.id)) return 'The id may hold lower-case letters, digits and dashes, and starts with a letter or digit.';
  if (value.id.length > 100) return 'The id is at most 100 characters long.';
  return null;
}

/** Name and id inputs; the id is derived from the name until edited. */
export function FlowIdFields({ value, onChange, takenMessage }: { value: FlowIdValue; onChange: (v: FlowIdValue) => void; takenMessage?: string | null }) {
  const nameId = useId();
  const idId = useId();
  const error = value.name || value.id ? flowIdError(value) : null;
  return (
    <div className="form-fields">
      <label htmlFor={nameId}>Name</label>
      <input
        id={nameId}
        autoFocus
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value, id: value.idEdited ? value.id : slugify(e.target.value) })}
      />
      <label htmlFor={idId}>Id</label>
      <input
        id={idId}
        value={value.id}
        spellCheck={false}
        aria-invalid={error !== null || !!takenMessage}
        onChange={(e) => onChange({ ...value, id: e.target.value, idEdited: true })}
      />
      {(error ?? takenMessage) && <p className="error-text field-error">{error ?? takenMessage}</p>}
    </div>
  );
}
