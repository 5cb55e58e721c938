import { describe, expect, it } from 'vitest';
import { bucketCount, bucketFor, bucketLabel, bucketsFor, choicePeriod, dashboardPeriod, defaultBucket, periodProblem } from './dashboardPeriod';

// 6 Dec 2026, 14:30 in the browser's zone.
const now = new Date(2026, 11, 6, 14, 30);

describe('dashboardPeriod', () => {
  it('gives today, the last 7 and 30 days ending with today', () => {
    expect(dashboardPeriod('today', now)).toEqual({ from: '2026-12-06', to: '2026-12-07' });
    expect(dashboardPeriod('7days', now)).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(dashboardPeriod('30days', now)).toEqual({ from: '2026-11-07', to: '2026-12-07' });
  });

  it('gives this month up to today and the whole of last month', () => {
    expect(dashboardPeriod('thisMonth', now)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(dashboardPeriod('lastMonth', now)).toEqual({ from: '2026-11-01', to: '2026-12-01' });
  });

  it('crosses the year in January', () => {
    expect(dashboardPeriod('lastMonth', new Date(2027, 0, 15))).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('takes picked days as an inclusive range, or nothing when the last is before the first', () => {
    expect(choicePeriod('custom', now, '2026-10-01', '2026-10-31')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(choicePeriod('custom', now, '2026-10-31', '2026-10-01')).toBeNull();
  });
});

describe('buckets', () => {
  it('defaults to hours for a day, days for a month, weeks for a quarter and months for more than a year', () => {
    expect(defaultBucket({ from: '2026-12-06', to: '2026-12-07' })).toBe('hour');
    expect(defaultBucket({ from: '2026-11-01', to: '2026-12-01' })).toBe('day');
    expect(defaultBucket({ from: '2026-09-01', to: '2026-12-01' })).toBe('week');
    expect(defaultBucket({ from: '2025-09-01', to: '2026-12-01' })).toBe('month');
  });

  it('offers no hours where they would pass the server\'s 2000 buckets, nor months for a week', () => {
    expect(bucketCount({ from: '2026-01-01', to: '2026-12-01' }, 'hour')).toBeGreaterThan(2000);
    expect(bucketsFor({ from: '2026-01-01', to: '2026-12-01' })).toEqual(['day', 'week', 'month']);
    expect(bucketsFor({ from: '2026-11-30', to: '2026-12-07' })).toEqual(['hour', 'day']);
  });

  it('keeps a picked bucket that suits the period and falls back to the default otherwise', () => {
    const week = { from: '2026-11-30', to: '2026-12-07' };
    expect(bucketFor(week, 'hour')).toBe('hour');
    expect(bucketFor(week, 'month')).toBe('day');
    expect(bucketFor(week, null)).toBe('day');
  });

  it('refuses periods over 400 days and a missing range, naming what to do', () => {
    expect(periodProblem({ from: '2025-01-01', to: '2026-03-01' })).toMatch(/at most 400/);
    expect(periodProblem(null)).toMatch(/Pick a first and a last day/);
    expect(periodProblem({ from: '2026-11-01', to: '2026-12-01' })).toBeNull();
  });

  it('labels bucket starts by their size', () => {
    const start = new Date(2026, 11, 6, 14, 0).toISOString();
    expect(bucketLabel(start, 'hour', 'en-GB')).toBe('14:00');
    expect(bucketLabel(start, 'day', 'en-GB')).toBe('6 Dec');
    expect(bucketLabel(start, 'week', 'en-GB')).toBe('w/c 6 Dec');
    expect(bucketLabel(start, 'month', 'en-GB')).toBe('Dec 2026');
  });
});
