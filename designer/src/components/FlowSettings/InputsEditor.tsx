import type { FlowInput, ValueType } from '../../model/flow';
import { DefaultValueInput } from './DefaultValueInput';
import { VALUE_TYPES, withoutUndefined } from './VariablesEditor';

/** What the flow expects from whoever starts it: scripts read inputs as input.name. */
export function InputsEditor({ inputs, onChange, readOnly }: { inputs: FlowInput[]; onChange: (v: FlowInput[]) => void; readOnly: boolean }) {
  const set = (i: number, patch: Partial<FlowInput>) => onChange(inputs.map((v, k) => (k === i ? withoutUndefined({ ...v, ...patch }) : v)));
  return (
    <fieldset className="group" data-testid="inputs">
      <legend>Inputs</legend>
      {inputs.length === 0 && <p className="muted">None. A run, webhook or campaign passes inputs; scripts read them as <code>input.name</code>.</p>}
      {inputs.map((v, i) => (
        <div key={i} className="setting-row wrap">
          <input type="text" aria-label={`Input ${i + 1} name`} value={v.name} placeholder="name" readOnly={readOnly} onChange={(e) => set(i, { name: e.target.value })} />
          <select aria-label={`Input ${i + 1} type`} value={v.type} disabled={readOnly} onChange={(e) => set(i, { type: e.target.value as ValueType, default: undefined })}>
            {VALUE_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={v.required} disabled={readOnly} onChange={(e) => set(i, { required: e.target.checked })} /> required
          </label>
          <DefaultValueInput key={`${i}-${v.type}`} type={v.type} value={v.default} label={`Input ${i + 1} default`} readOnly={readOnly} onChange={(d) => set(i, { default: d })} />
          <input type="text" aria-label={`Input ${i + 1} description`} value={v.description ?? ''} placeholder="description" readOnly={readOnly}
            onChange={(e) => set(i, { description: e.target.value || undefined })} />
          {!readOnly && <button type="button" aria-label={`Remove input ${v.name || i + 1}`} onClick={() => onChange(inputs.filter((_, k) => k !== i))}>×</button>}
        </div>
      ))}
      {!readOnly && <button type="button" onClick={() => onChange([...inputs, { name: '', type: 'string', required: false }])}>+ Add input</button>}
    </fieldset>
  );
}
