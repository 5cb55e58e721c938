import type { ContactFieldType } from '../../api/campaignViews';
import { FIELD_TYPES, type FieldRow } from '../../model/groupForm';

/** Rows of name, type, required and pattern, with add and remove. */
export function FieldsEditor({ rows, errors, onChange }: { rows: FieldRow[]; errors: Record<string, string>; onChange: (rows: FieldRow[]) => void }) {
  const update = (i: number, patch: Partial<FieldRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="fields-editor" data-testid="fields-editor">
      {rows.length > 0 && (
        <table>
          <thead><tr><th>Name</th><th>Type</th><th>Required</th><th>Pattern (regular expression)</th><th /></tr></thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={`Field ${i + 1} name`} value={row.name} onChange={(e) => update(i, { name: e.target.value })} />
                  {errors[`fields[${i}].name`] && <div className="field-error">{errors[`fields[${i}].name`]}</div>}
                </td>
                <td>
                  <select aria-label={`Field ${i + 1} type`} value={row.type} onChange={(e) => update(i, { type: e.target.value as ContactFieldType })}>
                    {FIELD_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
                  </select>
                </td>
                <td><input type="checkbox" aria-label={`Field ${i + 1} required`} checked={row.required} onChange={(e) => update(i, { required: e.target.checked })} /></td>
                <td>
                  <input aria-label={`Field ${i + 1} pattern`} value={row.pattern} placeholder="optional, e.g. \d{6}" onChange={(e) => update(i, { pattern: e.target.value })} />
                  {errors[`fields[${i}].pattern`] && <div className="field-error">{errors[`fields[${i}].pattern`]}</div>}
                </td>
                <td><button type="button" aria-label={`Remove field ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>×</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="add-row" onClick={() => onChange([...rows, { name: '', type: 'text', required: false, pattern: '' }])}>Add field</button>
    </div>
  );
}
