import { describe, expect, it } from 'vitest';
import { convertMode, modeOf } from './expressionMode';
import type { JsonValue } from './flow';

describe('modeOf', () => {
  it.each([
    ['js: vars.x > 1', 'javascript'],
    ['js:1', 'javascript'],
    ['Hello {{ vars.name }}', 'template'],
    ['plain text', 'literal'],
    [' js: not at the start', 'literal'],
    [42, 'literal'],
    [true, 'literal'],
    [null, 'literal'],
    [[1], 'literal'],
    [undefined, 'literal'],
  ] as [JsonValue | undefined, string][])('%j is %s', (value, mode) => {
    expect(modeOf(value)).toBe(mode);
  });
});

describe('convertMode', () => {
  it('turns literals into scripts that give the same value', () => {
    expect(convertMode('say "hi"', 'javascript')).toBe('js: "say \\"hi\\""');
    expect(convertMode(5, 'javascript')).toBe('js: 5');
    expect(convertMode(false, 'javascript')).toBe('js: false');
    expect(convertMode({ a: [1] }, 'javascript')).toBe('js: {"a":[1]}');
    expect(convertMode(undefined, 'javascript')).toBe('js: ""');
  });

  it('turns templates into scripts of their text', () => {
    expect(convertMode('Hi {{ x }}', 'javascript')).toBe('js: "Hi {{ x }}"');
  });

  it('turns scripts into their text, without js:', () => {
    expect(convertMode('js: vars.x + 1', 'template')).toBe('vars.x + 1');
    expect(convertMode('js:vars.x', 'literal')).toBe('vars.x');
  });

  it('keeps the text of templates and literals', () => {
    expect(convertMode('Hi {{ x }}', 'literal')).toBe('Hi {{ x }}');
    expect(convertMode('plain', 'template')).toBe('plain');
    expect(convertMode(3, 'template')).toBe('3');
  });

  it('leaves a value already in the mode alone', () => {
    expect(convertMode('js: 1', 'javascript')).toBe('js: 1');
    expect(convertMode(7, 'literal')).toBe(7);
  });
});
