// One input of an activity, drawn from its JSON Schema: text, number, boolean, enum, rows or JSON,
// with the literal / template / JavaScript switch on fields that take expressions.
import { useState } from 'react';
import type { JsonSchema } from '../../model/descriptors';
import { convertMode, modeOf, type ExpressionMode } from '../../model/expressionMode';
import type { JsonValue } from '../../model/flow';
import { CodeEditor } from '../CodeEditor/LazyCodeEditor';
import { ExpressionModeSwitch } from './ExpressionModeSwitch';
import { JsonField } from './JsonField';
import { RowsField } from './RowsField';
import { fieldKind, fieldTitle } from './schemaKind';

export interface SchemaFieldProps {
  name: string;
  schema: JsonSchema;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
  required?: boolean;
  error?: string;
  readOnly?: boolean;
  /** Inside a row of a list: no title or description. */
  compact?: boolean;
}

export function SchemaField({ name, schema, value, onChange, required, error, readOnly, compact }: SchemaFieldProps) {
  const title = fieldTitle(name, schema);
  const expression = schema['x-expression'] === true;
  // A text without {{ }} reads as a literal; the template choice is remembered so the switch shows it.
  const [templateChosen, setTemplateChosen] = useState(false);
  const valueMode: ExpressionMode = expression
    ? value === undefined && schema['x-default-syntax'] === 'javascript' ? 'javascript' : modeOf(value)
    : 'literal';
  const mode: ExpressionMode = valueMode === 'literal' && templateChosen && (value === undefined || typeof value === 'string') ? 'template' : valueMode;
  const body = (
    <>
      {mode === 'javascript' ? (
        <CodeEditor
          ariaLabel={name}
          value={typeof value === 'string' ? value.replace(/^js:\s?/, '') : ''}
          onChange={(code) => onChange(code.trim() === '' ? undefined : `js: ${code}`)}
          readOnly={readOnly}
          minLines={schema['x-editor'] === 'code' ? 4 : 1}
        />
      ) : mode === 'template' ? (
        <textarea aria-label={title} value={String(value ?? '')} readOnly={readOnly} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <LiteralControl name={name} title={title} schema={schema} value={value} onChange={onChange} readOnly={readOnly} />
      )}
      {error && <div className="field-error" data-testid={`field-error-${name}`} role="alert">{error}</div>}
    </>
  );
  if (compact) return <div className={`field compact${error ? ' invalid' : ''}`}>{body}</div>;
  return (
    <div className={`field${error ? ' invalid' : ''}`} data-testid={`field-${name}`}>
      <div className="field-head">
        <label>{title}{required && <span className="required" title="Required"> *</span>}</label>
        {expression && (
          <ExpressionModeSwitch field={name} mode={mode} disabled={readOnly} onChange={(m) => { setTemplateChosen(m === 'template'); if (m !== valueMode) onChange(convertMode(value, m)); }} />
        )}
      </div>
      {body}
      {schema.description && <div className="field-help">{schema.description}</div>}
    </div>
  );
}

function LiteralControl({ name, title, schema, value, onChange, readOnly }: { name: string; title: string; schema: JsonSchema; value: JsonValue | undefined; onChange: (v: JsonValue | undefined) => void; readOnly?: boolean }) {
  const placeholder = schema.default !== undefined && schema.default !== null ? `Default: ${JSON.stringify(schema.default)}` : undefined;
  switch (fieldKind(schema)) {
    case 'text':
      return <input type="text" aria-label={title} value={String(value ?? '')} placeholder={placeholder} readOnly={readOnly} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />;
    case 'multiline':
      return <textarea aria-label={title} value={String(value ?? '')} placeholder={placeholder} readOnly={readOnly} rows={3} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />;
    case 'code':
      return <CodeEditor ariaLabel={name} value={String(value ?? '')} onChange={(v) => onChange(v === '' ? undefined : v)} readOnly={readOnly} minLines={4} />;
    case 'number':
    case 'integer':
      return (
        <input
          type="number"
          aria-label={title}
          step={fieldKind(schema) === 'integer' ? 1 : 'any'}
          value={typeof value === 'number' ? value : value === undefined ? '' : String(value)}
          placeholder={placeholder}
          readOnly={readOnly}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'boolean':
      return (
        <label className="checkbox">
          <input type="checkbox" aria-label={title} checked={value === true || (value === undefined && schema.default === true)} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} />
          {value === undefined ? <span className="muted">default</span> : null}
        </label>
      );
    case 'enum':
      return (
        <select aria-label={title} value={value === undefined ? '' : String(value)} disabled={readOnly} onChange={(e) => onChange(e.target.value === '' ? undefined : (schema.enum!.find((x) => String(x) === e.target.value) as JsonValue))}>
          <option value="">{placeholder ?? '—'}</option>
          {schema.enum!.map((x) => <option key={String(x)} value={String(x)}>{String(x)}</option>)}
        </select>
      );
    case 'rows':
    case 'list':
      return <RowsField name={name} schema={schema} value={value} onChange={onChange} readOnly={readOnly} />;
    default:
      return <JsonField label={title} value={value} onChange={onChange} readOnly={readOnly} />;
  }
}
