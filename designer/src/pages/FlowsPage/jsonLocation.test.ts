import { describe, expect, it } from 'vitest';
import { jsonErrorLocation, jsonErrorOffset } from './jsonLocation';

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0']) expect(jsonErrorOffset(t)).toBeNull();
  });
  it('points at the first bad character', () => {
    expect(jsonErrorOffset('[1, 2,,3]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
  it('gives line and column', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(jsonErrorLocation(text, new SyntaxError('x'))).toEqual({ line: 3, column: 3 });
  });
});
