import type { CommentFieldType } from '../../api/clickToCallViews';
import { COMMENT_FIELD_TYPES, type CommentFieldRow, type CommentTypeRow } from '../../model/clickToCallForm';

const err = (errors: Record<string, string>, key: string) => (errors[key] ? <div className="field-error" data-testid={`error-${key}`}>{errors[key]}</div> : null);

/** The kinds of comments operators leave on a request, each with the fields it asks for (a sale: amount, product). */
export function CommentTypesEditor({ rows, errors, onChange }: { rows: CommentTypeRow[]; errors: Record<string, string>; onChange: (rows: CommentTypeRow[]) => void }) {
  const update = (i: number, patch: Partial<CommentTypeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const updateField = (i: number, k: number, patch: Partial<CommentFieldRow>) =>
    update(i, { fields: rows[i].fields.map((f, j) => (j === k ? { ...f, ...patch } : f)) });
  return (
    <fieldset className="group comment-types" data-testid="comment-types">
      <legend>Comment types</legend>
      <p className="muted small">What operators can note on a request. Each type asks for its own fields: a sale asks for the amount, a call back for the date.</p>
      {rows.map((row, i) => (
        <div key={i} className="comment-type" data-testid={`comment-type-${i}`}>
          <div className="inline-inputs">
            <input aria-label={`Comment type ${i + 1} label`} placeholder="Label (Sale)" value={row.label} onChange={(e) => update(i, { label: e.target.value })} />
            <input aria-label={`Comment type ${i + 1} name`} placeholder="key (sale)" value={row.name} onChange={(e) => update(i, { name: e.target.value })} />
            <button type="button" aria-label={`Remove comment type ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>Remove</button>
          </div>
          {err(errors, `commentTypes.${i}.label`)}
          {err(errors, `commentTypes.${i}.name`)}
          {err(errors, `commentTypes.${i}`)}
          {row.fields.length > 0 && (
            <table>
              <thead><tr><th>Field label</th><th>Key</th><th>Type</th><th>Required</th><th>Choices</th><th /></tr></thead>
              <tbody>
                {row.fields.map((f, k) => {
                  const key = `commentTypes.${i}.fields.${k}`;
                  const name = `Comment type ${i + 1} field ${k + 1}`;
                  return (
                    <tr key={k}>
                      <td><input aria-label={`${name} label`} value={f.label} onChange={(e) => updateField(i, k, { label: e.target.value })} /></td>
                      <td><input aria-label={`${name} name`} value={f.name} onChange={(e) => updateField(i, k, { name: e.target.value })} />{err(errors, `${key}.name`)}</td>
                      <td>
                        <select aria-label={`${name} type`} value={f.type} onChange={(e) => updateField(i, k, { type: e.target.value as CommentFieldType })}>
                          {COMMENT_FIELD_TYPES.map((t) => <option key={t.type} value={t.type}>{t.label}</option>)}
                        </select>
                      </td>
                      <td><input type="checkbox" aria-label={`${name} required`} checked={f.required} onChange={(e) => updateField(i, k, { required: e.target.checked })} /></td>
                      <td>
                        {f.type === 'choice' && <input aria-label={`${name} choices`} placeholder="billing, service, other" value={f.options} onChange={(e) => updateField(i, k, { options: e.target.value })} />}
                        {err(errors, `${key}.options`)}
                      </td>
                      <td><button type="button" aria-label={`Remove ${name}`} onClick={() => update(i, { fields: row.fields.filter((_, j) => j !== k) })}>×</button></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <button type="button" className="add-row" onClick={() => update(i, { fields: [...row.fields, { name: '', label: '', type: 'text', required: false, options: '' }] })}>Add field</button>
        </div>
      ))}
      {err(errors, 'commentTypes')}
      <button type="button" className="add-row" onClick={() => onChange([...rows, { name: '', label: '', fields: [] }])}>Add comment type</button>
    </fieldset>
  );
}
