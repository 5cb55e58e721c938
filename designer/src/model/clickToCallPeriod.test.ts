import { describe, expect, it } from 'vitest';
import { addDays, bucketOf, changeOf, customPeriod, formatChange, periodDays, presetPeriod, previousPeriod } from './clickToCallPeriod';

const now = new Date(2026, 11, 6, 15, 30); // 6 Dec 2026, afternoon, in the test machine's zone

describe('presets', () => {
  it('end with today and span their days', () => {
    expect(presetPeriod('today', now)).toEqual({ from: '2026-12-06', to: '2026-12-07' });
    expect(presetPeriod('7days', now)).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(periodDays(presetPeriod('30days', now))).toBe(30);
  });

  it('compare with the same number of days just before', () => {
    expect(previousPeriod({ from: '2026-11-30', to: '2026-12-07' })).toEqual({ from: '2026-11-23', to: '2026-11-30' });
    expect(previousPeriod(presetPeriod('today', now))).toEqual({ from: '2026-12-05', to: '2026-12-06' });
  });

  it('counts calendar days across month, year and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(periodDays({ from: '2026-03-25', to: '2026-04-01' })).toBe(7);
    expect(periodDays({ from: '2026-10-20', to: '2026-11-03' })).toBe(14);
  });

  it('reads a picked range with an inclusive last day, and refuses one that runs backwards', () => {
    expect(customPeriod('2026-12-01', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(customPeriod('2026-12-05', '2026-12-01')).toBeNull();
    expect(customPeriod('', '2026-12-01')).toBeNull();
  });

  it('charts hours for up to two days and days beyond', () => {
    expect(bucketOf({ from: '2026-12-06', to: '2026-12-07' })).toBe('hour');
    expect(bucketOf({ from: '2026-11-30', to: '2026-12-07' })).toBe('day');
  });
});

describe('changeOf', () => {
  it('gives the difference and the relative change', () => {
    expect(changeOf(15, 10)).toEqual({ delta: 5, percent: 50, direction: 'up' });
    expect(changeOf(9, 12)).toEqual({ delta: -3, percent: -25, direction: 'down' });
    expect(changeOf(4, 0)).toEqual({ delta: 4, percent: null, direction: 'up' });
    expect(changeOf(0, 0).direction).toBe('same');
  });

  it('words the change with a sign, a percentage or "new"', () => {
    expect(formatChange(changeOf(15, 10))).toBe('+5 (+50 %)');
    expect(formatChange(changeOf(9, 12))).toBe('−3 (−25 %)');
    expect(formatChange(changeOf(4, 0))).toBe('+4 (new)');
    expect(formatChange(changeOf(2, 2))).toBe('no change');
    expect(formatChange(changeOf(1.5, 1), (n) => n.toFixed(2))).toBe('+0.50 (+50 %)');
    expect(changeOf(1, 3).percent).toBe(-66.7);
  });
});
