import { describe, expect, it } from 'vitest';
import { formatDotnetDouble, OrderedObject, quoteJsonString, writeJson } from './jsonWriter';

describe('quoteJsonString', () => {
  it('escapes only what JSON needs, with uppercase hex for other control characters', () => {
    expect(quoteJsonString('a"b\\c\nd\te\r\b\f\u0001\u001f')).toBe('"a\\"b\\\\c\\nd\\te\\r\\b\\f\\u0001\\u001F"');
  });

  it("keeps '+', '<>&', quotes, accents and slashes as typed", () => {
    expect(quoteJsonString("+1 <b>&amp;</b> 'x' é ü “q” /")).toBe("\"+1 <b>&amp;</b> 'x' é ü “q” /\"");
  });

  it('escapes non-BMP characters as surrogate pairs and the characters the relaxed encoder refuses', () => {
    expect(quoteJsonString('😀')).toBe('"\\uD83D\\uDE00"');
    expect(quoteJsonString('\u007f\u00a0\u2028\u2029\ufeff\ue000')).toBe('"\\u007F\\u00A0\\u2028\\u2029\\uFEFF\\uE000"');
    expect(quoteJsonString('\u00ad\u200b')).toBe('"\u00ad\u200b"');
  });
});

describe('formatDotnetDouble', () => {
  it.each([
    [0, '0'], [-0, '-0'], [-60, '-60'], [0.1, '0.1'], [0.30000000000000004, '0.30000000000000004'], [0.0001, '0.0001'],
    [1e-5, '1E-05'], [1.5e-7, '1.5E-07'], [1e14, '100000000000000'], [1e15, '1000000000000000'], [12345678901234567, '12345678901234568'],
    [123456789012345680, '1.2345678901234568E+17'], [1e21, '1E+21'], [1.7976931348623157e308, '1.7976931348623157E+308'], [5e-324, '5E-324'],
  ])('writes %d as %s', (value, text) => {
    expect(formatDotnetDouble(value)).toBe(text);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => formatDotnetDouble(Number.NaN)).toThrow(RangeError);
  });
});

describe('writeJson', () => {
  it('indents by two spaces and writes empty containers inline', () => {
    expect(writeJson({ a: [], b: {}, c: [1, { d: null }] })).toBe('{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": null\n    }\n  ]\n}');
  });

  it('keeps the given key order for ordered objects, integer-like keys included', () => {
    expect(writeJson(new OrderedObject([['2', 1], ['1', true]]))).toBe('{\n  "2": 1,\n  "1": true\n}');
  });
});
