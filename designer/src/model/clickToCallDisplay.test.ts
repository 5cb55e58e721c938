import { describe, expect, it } from 'vitest';
import type { LegView } from '../api/clickToCallViews';
import {
  callBackBody, emptyRequestFilters, formatMoney, isFailed, legsByAttempt, localMidnightIso, requestQuery, requestStatusLabel, requestStatusTone, seriesBars,
} from './clickToCallDisplay';

const leg = (attempt: number, side: 'client' | 'company', outcome = 'answered'): LegView => ({
  attempt, side, callId: `${side}-${attempt}`, number: '+4930123', outcome, startedAt: '2026-12-06T10:00:00Z', answeredAt: null, endedAt: null,
  sipStatus: null, answeredBy: null, cdr: null,
});

describe('request statuses', () => {
  it('words statuses the way people see them and colours them', () => {
    expect(requestStatusLabel('failedCallingCompany')).toBe('FAILED CALLING COMPANY');
    expect(requestStatusLabel('completed')).toBe('COMPLETED');
    expect(requestStatusLabel('somethingNew')).toBe('SOMETHING NEW');
    expect(requestStatusTone('completed')).toBe('completed');
    expect(requestStatusTone('failedCallingClient')).toBe('failed');
    expect(requestStatusTone('calling')).toBe('calling');
    expect(requestStatusTone('waiting')).toBe('waiting');
    expect(isFailed('failedCallingClient')).toBe(true);
    expect(isFailed('cancelled')).toBe(false);
  });
});

describe('formatMoney', () => {
  it('always shows two decimals, rounding half away from zero', () => {
    expect(formatMoney(0.5, 'EUR')).toBe('0.50 EUR');
    expect(formatMoney(1.005, 'EUR')).toBe('1.01 EUR');
    expect(formatMoney(-2.345, null)).toBe('-2.35');
    expect(formatMoney(null, 'EUR')).toBe('');
  });
});

describe('legsByAttempt', () => {
  it('pairs client and company legs per attempt, newest first', () => {
    const rows = legsByAttempt([leg(1, 'client', 'busy'), leg(2, 'client'), leg(2, 'company')]);
    expect(rows.map((r) => r.attempt)).toEqual([2, 1]);
    expect(rows[0].company?.callId).toBe('company-2');
    expect(rows[1].client?.outcome).toBe('busy');
    expect(rows[1].company).toBeNull();
  });
});

describe('requestQuery', () => {
  it('leaves empty filters out and makes the last day inclusive', () => {
    expect(requestQuery(emptyRequestFilters())).toBe('');
    const q = new URLSearchParams(requestQuery({ campaignId: 'c1', status: 'failedCallingClient,failedCallingCompany', from: '2026-12-01', to: '2026-12-06', phone: ' +4930 ' }, { offset: 50, limit: 50 }));
    expect(q.get('campaignId')).toBe('c1');
    expect(q.get('status')).toBe('failedCallingClient,failedCallingCompany');
    expect(q.get('from')).toBe(new Date(2026, 11, 1).toISOString());
    expect(q.get('to')).toBe(new Date(2026, 11, 7).toISOString());
    expect(q.get('phone')).toBe('+4930');
    expect(q.get('offset')).toBe('50');
    expect(localMidnightIso('yesterday')).toBeUndefined();
  });
});

describe('callBackBody', () => {
  it('sends a typed extension as ext:N, a number as it is, and nothing when empty', () => {
    expect(callBackBody('101')).toEqual({ operator: 'ext:101' });
    expect(callBackBody(' +4930123456 ')).toEqual({ operator: '+4930123456' });
    expect(callBackBody('ext:102')).toEqual({ operator: 'ext:102' });
    expect(callBackBody('  ')).toEqual({});
  });
});

describe('seriesBars', () => {
  it('splits each total into completed, failed and the rest, never below zero', () => {
    expect(seriesBars([{ at: 'a', total: 10, completed: 6, failed: 3 }, { at: 'b', total: 1, completed: 1, failed: 1 }]))
      .toEqual([{ at: 'a', completed: 6, failed: 3, other: 1 }, { at: 'b', completed: 1, failed: 1, other: 0 }]);
  });
});
