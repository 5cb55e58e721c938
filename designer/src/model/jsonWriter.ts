// Writes JSON text the way the server's System.Text.Json does for flow files: two-space
// indentation, "key": value, `[]`/`{}` when empty, the relaxed encoder's escapes (uppercase hex),
// .NET's formatting for doubles, and object keys in the order given.
import type { JsonValue } from './flow';
import { RELAXED_ESCAPED_RANGES } from './relaxedEscapes';

/** An object whose keys are written in exactly this order (JS objects reorder integer-like keys). */
export class OrderedObject {
  constructor(readonly entries: readonly (readonly [string, JsonNode])[]) {}
}

/** A C# `double` property (node positions): written with .NET's number format, e.g. 1E+21. */
export class DotnetDouble {
  constructor(readonly value: number) {}
}

/** Anything the writer can write. Plain numbers are raw JSON numbers, written as JavaScript does. */
export type JsonNode = JsonValue | OrderedObject | DotnetDouble | JsonNode[];

const SHORT_ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t' };

function isEscapedBmp(code: number): boolean {
  let low = 0;
  let high = RELAXED_ESCAPED_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = RELAXED_ESCAPED_RANGES[mid];
    if (code < first) high = mid - 1;
    else if (code > last) low = mid + 1;
    else return true;
  }
  return false;
}

function needsEscape(code: number): boolean {
  return code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x7f && isEscapedBmp(code));
}

/** A JSON string literal with only the escapes the server writes (`\"`, `\\`, `\n`…, `\u00XX`). */
export function quoteJsonString(text: string): string {
  let result = '"';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!needsEscape(code)) continue;
    result += text.slice(run, i) + (SHORT_ESCAPES[code] ?? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
    run = i + 1;
  }
  return result + text.slice(run) + '"';
}

/**
 * A double as .NET writes it (shortest round-trip digits): plain unless the decimal exponent is
 * 17 or more or below -4, then `d.dddE+XX` with at least two exponent digits (1E+21, 1.5E-07).
 */
export function formatDotnetDouble(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a flow file; positions must be finite numbers.`);
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  // JavaScript writes plain decimals for exponents -6 to 20, so String() is right in .NET's plain range.
  if (exponent < 17 && exponent >= -4) return String(value);
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** A JSON number as JavaScript writes it (the server writes raw JSON numbers back verbatim). */
function formatJsNumber(value: number): string {
  return JSON.stringify(value);
}

/** Writes a value as indented JSON text; `indent` is the indentation of the line the value starts on. */
export function writeJson(node: JsonNode, indent = ''): string {
  if (node === null) return 'null';
  if (typeof node === 'string') return quoteJsonString(node);
  if (typeof node === 'number') return formatJsNumber(node);
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (node instanceof DotnetDouble) return formatDotnetDouble(node.value);
  const inner = indent + '  ';
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    return `[\n${node.map((item) => inner + writeJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = node instanceof OrderedObject ? node.entries : Object.entries(node);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, value]) => `${inner}${quoteJsonString(key)}: ${writeJson(value, inner)}`).join(',\n')}\n${indent}}`;
}
