// Checks of one node's input values against its activity's input schema: required inputs present,
// literal values of the right JSON type, no inputs the activity does not have.
import type { JsonSchema } from './descriptors';
import { modeOf } from './expressionMode';
import type { JsonValue } from './flow';

/** What is wrong with one input of a node, before the node's name and path are added. */
export interface InputIssue {
  severity: 'error' | 'warning';
  code: 'missing-input' | 'invalid-input' | 'unknown-input';
  field: string;
  /** Says what is wrong and what to do, after the node's name. */
  detail: string;
}

const CHECKED_TYPES = new Set(['number', 'integer', 'boolean', 'null']);

function isMissing(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

function typesOf(schema: JsonSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

function hasType(value: JsonValue, type: string): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}

/** Why a literal value does not fit the field's schema, or undefined when it fits (or is not checked). */
function literalProblem(value: JsonValue, schema: JsonSchema): string | undefined {
  if (schema['x-expression'] === true && modeOf(value) !== 'literal') return undefined;
  // Fields whose default syntax is JavaScript read any text as a script (`vars.n < 3`).
  if (schema['x-default-syntax'] === 'javascript' && typeof value === 'string') return undefined;
  if (schema.enum && !schema.enum.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) {
    return `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`;
  }
  const types = typesOf(schema);
  if (types.length === 0 || !types.every((t) => CHECKED_TYPES.has(t)) || types.some((t) => hasType(value, t))) return undefined;
  const wanted = types.filter((t) => t !== 'null').map((t) => (t === 'integer' ? 'a whole number' : t === 'number' ? 'a number' : 'true or false')).join(' or ');
  const hint = schema['x-expression'] === true ? ", or a {{ }} template or js: expression" : '';
  return `must be ${wanted}${hint}, not ${JSON.stringify(value)}`;
}

/** Every issue with a node's inputs against the activity's input schema. */
export function checkInputs(inputs: Record<string, JsonValue>, schema: JsonSchema): InputIssue[] {
  const issues: InputIssue[] = [];
  const properties = schema.properties ?? {};
  for (const field of schema.required ?? []) {
    if (isMissing(inputs[field])) issues.push({ severity: 'error', code: 'missing-input', field, detail: `needs a value for '${properties[field]?.title ?? field}'; fill it in.` });
  }
  for (const [field, value] of Object.entries(inputs)) {
    const fieldSchema = properties[field];
    if (fieldSchema === undefined) {
      if (schema.additionalProperties === false) issues.push({ severity: 'warning', code: 'unknown-input', field, detail: `has an input '${field}' its activity does not use; remove it.` });
      continue;
    }
    if (isMissing(value)) continue;
    const problem = literalProblem(value, fieldSchema);
    if (problem) issues.push({ severity: 'error', code: 'invalid-input', field, detail: `'${fieldSchema.title ?? field}' ${problem}; correct the value.` });
  }
  return issues;
}
