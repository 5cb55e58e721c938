// The "Add comment" form: which input each comment field gets, the checks before sending, the API body
// (POST /api/click-to-call/requests/{id}/comments) and how stored values read back.
import type { CommentFieldView, CommentTypeView } from '../api/clickToCallViews';
import { wallTimeToIso } from './zonedTime';

export type FieldInput =
  | { element: 'input'; type: 'text' | 'number' | 'date' | 'datetime-local' }
  | { element: 'checkbox' }
  | { element: 'select'; options: string[] };

/** The input a field of this type is typed into. */
export function inputFor(field: CommentFieldView): FieldInput {
  switch (field.type) {
    case 'number': return { element: 'input', type: 'number' };
    case 'date': return { element: 'input', type: 'date' };
    case 'dateTime': return { element: 'input', type: 'datetime-local' };
    case 'boolean': return { element: 'checkbox' };
    case 'choice': return { element: 'select', options: [...(field.options ?? [])] };
    default: return { element: 'input', type: 'text' };
  }
}

/** Values as typed, by field name: text for inputs and selects, 'true' / 'false' for checkboxes. */
export type CommentValues = Record<string, string>;

/** A fresh form for a type: every field empty, yes/no fields 'false'. */
export function emptyValues(type: CommentTypeView | undefined): CommentValues {
  const values: CommentValues = {};
  for (const f of type?.fields ?? []) values[f.name] = f.type === 'boolean' ? 'false' : '';
  return values;
}

/** What is wrong with a comment, keyed `text` or `fields.<name>`; empty when it can be sent. */
export function checkComment(type: CommentTypeView | undefined, text: string, values: CommentValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!type) {
    errors.type = 'Choose what kind of comment this is.';
    return errors;
  }
  if (type.fields.length === 0 && !text.trim()) errors.text = 'Write the comment.';
  for (const f of type.fields) {
    const value = (values[f.name] ?? '').trim();
    const key = `fields.${f.name}`;
    if (f.type === 'boolean') continue;
    if (!value) {
      if (f.required) errors[key] = `${f.label} is required for a ${type.label.toLowerCase()} comment.`;
      continue;
    }
    if (f.type === 'number' && !/^-?\d+([.,]\d+)?$/.test(value)) errors[key] = `${f.label} must be a number like 12.50.`;
    if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors[key] = `${f.label} must be a date.`;
    if (f.type === 'dateTime' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) errors[key] = `${f.label} must be a date and time.`;
    if (f.type === 'choice' && !(f.options ?? []).includes(value)) errors[key] = `Choose one of: ${(f.options ?? []).join(', ')}.`;
  }
  return errors;
}

/**
 * The API's `fields` of a checked comment, as text in invariant form: numbers with a dot, dates yyyy-mm-dd, date-times ISO 8601
 * with the offset of `timeZone` (the browser's), yes/no 'true'/'false'; empty optional fields left out.
 */
export function commentFieldsBody(type: CommentTypeView, values: CommentValues, timeZone: string): Record<string, string> {
  const body: Record<string, string> = {};
  for (const f of type.fields) {
    const value = (values[f.name] ?? '').trim();
    if (f.type === 'boolean') body[f.name] = value === 'true' ? 'true' : 'false';
    else if (!value) continue;
    else if (f.type === 'number') body[f.name] = String(Number(value.replace(',', '.')));
    else if (f.type === 'dateTime') body[f.name] = wallTimeToIso(value, timeZone) ?? value;
    else body[f.name] = value;
  }
  return body;
}

/** A stored field value as people read it: "yes"/"no", a date-time in the browser's format, anything else as it is. */
export function displayFieldValue(field: CommentFieldView | undefined, value: string): string {
  if (field?.type === 'boolean') return value === 'true' ? 'yes' : 'no';
  if (field?.type === 'dateTime') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : d.toLocaleString();
  }
  return value;
}

/** A comment's fields as "Amount: 12.5 · Product: Boiler", in the type's field order (unknown fields last). */
export function commentSummary(type: CommentTypeView | undefined, fields: Record<string, string>): string {
  const known = type?.fields ?? [];
  const ordered = [
    ...known.filter((f) => f.name in fields).map((f) => `${f.label}: ${displayFieldValue(f, fields[f.name])}`),
    ...Object.keys(fields).filter((k) => !known.some((f) => f.name === k)).map((k) => `${k}: ${fields[k]}`),
  ];
  return ordered.join(' · ');
}
