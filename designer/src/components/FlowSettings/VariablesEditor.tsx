import type { FlowVariable, ValueType } from '../../model/flow';
import { DefaultValueInput } from './DefaultValueInput';

export const VALUE_TYPES: ValueType[] = ['any', 'string', 'number', 'boolean', 'object', 'array'];

/** The flow's variables: scripts read and write them as vars.name. */
export function VariablesEditor({ variables, onChange, readOnly }: { variables: FlowVariable[]; onChange: (v: FlowVariable[]) => void; readOnly: boolean }) {
  const set = (i: number, patch: Partial<FlowVariable>) => onChange(variables.map((v, k) => (k === i ? withoutUndefined({ ...v, ...patch }) : v)));
  return (
    <fieldset className="group" data-testid="variables">
      <legend>Variables</legend>
      {variables.length === 0 && <p className="muted">None. Scripts read and write variables as <code>vars.name</code>.</p>}
      {variables.map((v, i) => (
        <div key={i} className="setting-row">
          <input type="text" aria-label={`Variable ${i + 1} name`} value={v.name} placeholder="name" readOnly={readOnly} onChange={(e) => set(i, { name: e.target.value })} />
          <select aria-label={`Variable ${i + 1} type`} value={v.type} disabled={readOnly} onChange={(e) => set(i, { type: e.target.value as ValueType, default: undefined })}>
            {VALUE_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <DefaultValueInput key={`${i}-${v.type}`} type={v.type} value={v.default} label={`Variable ${i + 1} default`} readOnly={readOnly} onChange={(d) => set(i, { default: d })} />
          {!readOnly && <button type="button" aria-label={`Remove variable ${v.name || i + 1}`} onClick={() => onChange(variables.filter((_, k) => k !== i))}>×</button>}
        </div>
      ))}
      {!readOnly && <button type="button" onClick={() => onChange([...variables, { name: '', type: 'string' }])}>+ Add variable</button>}
    </fieldset>
  );
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
