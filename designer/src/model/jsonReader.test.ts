import { describe, expect, it } from 'vitest';
import { readJson } from './jsonReader';

describe('readJson', () => {
  it('reads what JSON.parse reads', () => {
    const text = '{"a": [1, -2.5e3, "x\\u00e9\\n\\"", true, false, null], "b": {}}';
    expect(readJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('accepts comments and trailing commas as the server does', () => {
    expect(readJson('// note\n{ "a": [1, 2,], /* b */ "b": 3, }')).toEqual({ ok: true, value: { a: [1, 2], b: 3 } });
  });

  it('keeps __proto__ as an ordinary key', () => {
    const result = readJson('{"__proto__": {"x": 1}}');
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "Expected ',' or '}'"],
    ['{"a": tru}', 1, 7, 'Expected a value'],
    ['[1, 2', 1, 6, "Expected ',' or ']'"],
    ['"abc', 1, 1, 'not closed'],
    ['{"a": "x\ty"}', 1, 9, 'control character'],
    ['{} x', 1, 4, 'after the end'],
    ['{"a": 01}', 1, 8, "Expected ',' or '}'"],
  ])('reports %j at line %i, column %i', (text, line, column, message) => {
    const result = readJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect({ line: result.line, column: result.column }).toEqual({ line, column });
      expect(result.message).toContain(message);
    }
  });
});
