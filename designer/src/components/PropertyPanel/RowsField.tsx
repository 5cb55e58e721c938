// A list input as rows: menu options, switch cases, HTTP headers. Rows of objects get one column per
// item property; rows of plain values get one column.
import type { JsonSchema } from '../../model/descriptors';
import type { JsonValue } from '../../model/flow';
import { SchemaField } from './SchemaField';
import { fieldTitle, primaryType } from './schemaKind';

export function RowsField({ name, schema, value, onChange, readOnly }: { name: string; schema: JsonSchema; value: JsonValue | undefined; onChange: (v: JsonValue | undefined) => void; readOnly?: boolean }) {
  const rows = Array.isArray(value) ? value : [];
  const item = schema.items ?? {};
  const columns = primaryType(item) === 'object' ? Object.entries(item.properties ?? {}) : null;
  const setRow = (index: number, row: JsonValue) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const newRow = (): JsonValue => (columns ? {} : '');
  if (value !== undefined && !Array.isArray(value))
    return <div className="field-error">This input should be a list; it is {JSON.stringify(value)}. Switch it to JS mode or clear it.</div>;
  return (
    <div className="rows" data-testid={`rows-${name}`}>
      {rows.length > 0 && (
        <table>
          {columns && (
            <thead>
              <tr>
                {columns.map(([col, colSchema]) => <th key={col}>{fieldTitle(col, colSchema)}</th>)}
                <th />
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns ? (
                  columns.map(([col, colSchema]) => {
                    const record = row && typeof row === 'object' && !Array.isArray(row) ? row : {};
                    return (
                      <td key={col}>
                        <SchemaField
                          compact
                          name={`${name}.${index}.${col}`}
                          schema={colSchema}
                          value={record[col]}
                          readOnly={readOnly}
                          onChange={(v) => {
                            const next = { ...record };
                            if (v === undefined) delete next[col];
                            else next[col] = v;
                            setRow(index, next);
                          }}
                        />
                      </td>
                    );
                  })
                ) : (
                  <td>
                    <SchemaField compact name={`${name}.${index}`} schema={item} value={row} readOnly={readOnly} onChange={(v) => setRow(index, v ?? '')} />
                  </td>
                )}
                <td className="row-actions">
                  {!readOnly && (
                    <button type="button" title="Remove this row" aria-label={`Remove row ${index + 1} of ${name}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                      ×
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" className="add-row" onClick={() => onChange([...rows, newRow()])} aria-label={`Add a row to ${name}`}>
          + Add {columns ? 'row' : 'value'}
        </button>
      )}
    </div>
  );
}
