// How an input value is written: a literal, a `{{ }}` template, or a `js:` script.
import type { JsonValue } from './flow';

/** The way an input value is evaluated by the server. */
export type ExpressionMode = 'literal' | 'template' | 'javascript';

/** `js:…` strings are scripts, strings containing `{{` are templates, anything else is a literal. */
export function modeOf(value: JsonValue | undefined): ExpressionMode {
  if (typeof value !== 'string') return 'literal';
  if (value.startsWith('js:')) return 'javascript';
  if (value.includes('{{')) return 'template';
  return 'literal';
}

/** The script text after `js:`, without the space that usually follows it. */
function scriptBody(value: string): string {
  return value.slice(3).replace(/^ /, '');
}

/**
 * Rewrites a value in another mode, keeping its meaning where possible: a literal becomes the script
 * `js: <JavaScript literal>` or its text as a template; a script becomes its text (without `js:`).
 */
export function convertMode(value: JsonValue | undefined, to: ExpressionMode): JsonValue {
  const from = modeOf(value);
  if (from === to) return value ?? '';
  if (to === 'javascript') return `js: ${JSON.stringify(value ?? '')}`;
  const text = typeof value === 'string' ? (from === 'javascript' ? scriptBody(value) : value) : value === undefined ? '' : JSON.stringify(value);
  return text;
}
