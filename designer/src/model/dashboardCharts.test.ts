import { describe, expect, it } from 'vitest';
import { asrPoints, callPoints, hasActivity, spendPoints } from './dashboardCharts';

const buckets = [
  { start: '2026-12-06T00:00:00Z', calls: 8, answered: 5, asr: 0.625, acdSeconds: 40, spend: 0.125 },
  { start: '2026-12-07T00:00:00Z', calls: 0, answered: 0, asr: null, acdSeconds: null, spend: 0 },
];

describe('dashboard chart points', () => {
  it('splits calls into answered and not answered so the bar is all calls', () => {
    expect(callPoints(buckets)).toEqual([
      { at: '2026-12-06T00:00:00Z', answered: 5, unanswered: 3 },
      { at: '2026-12-07T00:00:00Z', answered: 0, unanswered: 0 },
    ]);
  });

  it('gives ASR in percent (0 for a bucket without calls) and spend in cents', () => {
    expect(asrPoints(buckets).map((p) => p.asr)).toEqual([62.5, 0]);
    expect(spendPoints(buckets).map((p) => p.spend)).toEqual([13, 0]);
  });

  it('knows a period without calls or charges', () => {
    expect(hasActivity(buckets, 8)).toBe(true);
    expect(hasActivity(buckets.slice(1), 0)).toBe(false);
  });
});
