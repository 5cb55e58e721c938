import { describe, expect, it } from 'vitest';
import { axis, donut, fillTimeline, gaugeFraction, niceMax, scaleY, stack, stackedMax } from './chart';

describe('axis scaling', () => {
  it('rounds the top of an axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 10, 11, 48, 51, 230, 999].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 50, 100, 500, 1000]);
  });

  it('makes an axis of round steps whose top is a whole step at or above the highest value', () => {
    expect(axis(20)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(axis(5)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(axis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(axis(130)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
  });

  it('puts 0 at the bottom, the top value at the top and clamps above it', () => {
    expect(scaleY(0, 10, 10, 110)).toBe(110);
    expect(scaleY(5, 10, 10, 110)).toBe(60);
    expect(scaleY(50, 10, 10, 110)).toBe(10);
    expect(scaleY(3, 0, 10, 110)).toBe(110);
  });
});

describe('stack', () => {
  it('stacks each row in key order and treats missing or negative values as 0', () => {
    const rows = [{ answered: 2, busy: 3 }, { answered: 1, busy: -4, failed: 5 }];
    const stacked = stack(rows, ['answered', 'busy', 'failed'] as const);
    expect(stacked[0]).toEqual([{ key: 'answered', from: 0, to: 2 }, { key: 'busy', from: 2, to: 5 }, { key: 'failed', from: 5, to: 5 }]);
    expect(stacked[1][2]).toEqual({ key: 'failed', from: 1, to: 6 });
    expect(stackedMax(rows, ['answered', 'busy', 'failed'] as const)).toBe(6);
  });
});

describe('donut', () => {
  it('splits the ring by share and leaves empty slices without a path', () => {
    const slices = donut([{ key: 'a', value: 1 }, { key: 'b', value: 0 }, { key: 'c', value: 3 }], 50, 50, 40, 25);
    expect(slices.map((s) => s.fraction)).toEqual([0.25, 0, 0.75]);
    expect(slices[1].path).toBe('');
    expect(slices[0].path).toMatch(/^M 50.00 10.00 A 40 40 0 0 1 90.00 50.00/);
    expect(slices[2].path).toContain(' 1 1 '); // the 270° arc is the large one
  });

  it('draws a lone value as a full ring and nothing for all zeros', () => {
    expect(donut([{ key: 'a', value: 7 }], 50, 50, 40, 25)[0].path).toContain('M 50.00 25.00');
    expect(donut([{ key: 'a', value: 0 }], 50, 50, 40, 25)[0]).toEqual({ key: 'a', value: 0, fraction: 0, path: '' });
  });
});

describe('gaugeFraction', () => {
  it('is value over limit held to 0…1', () => {
    expect(gaugeFraction(3, 12)).toBe(0.25);
    expect(gaugeFraction(20, 12)).toBe(1);
    expect(gaugeFraction(5, 0)).toBe(0);
  });
});

describe('timeline window', () => {
  const empty = (at: string) => ({ at, attempts: 0 });
  const now = Date.parse('2026-12-06T09:41:30Z');

  it('spans the whole window with zero buckets around the server’s sparse points', () => {
    const filled = fillTimeline([{ at: '2026-12-06T09:41:00+00:00', attempts: 28 }, { at: '2026-12-06T09:39:00Z', attempts: 3 }], now, 5, 60, empty);
    expect(filled.map((p) => [new Date(p.at).toISOString().slice(11, 16), p.attempts])).toEqual([
      ['09:37', 0], ['09:38', 0], ['09:39', 3], ['09:40', 0], ['09:41', 28],
    ]);
  });

  it('drops points older than the window and gives an empty window for no points', () => {
    expect(fillTimeline([{ at: '2026-12-06T08:00:00Z', attempts: 9 }], now, 3, 60, empty).map((p) => p.attempts)).toEqual([0, 0, 0]);
    expect(fillTimeline([], now, 60, 60, empty)).toHaveLength(60);
  });
});
