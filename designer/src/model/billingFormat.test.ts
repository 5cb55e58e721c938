import { describe, expect, it } from 'vitest';
import { formatAcd, formatBillingPeriod, formatMinutes, formatMoney, formatNumber, formatRatio, ledgerKindLabel } from './billingFormat';

describe('formatMoney', () => {
  it('writes the amount in the account currency, with two decimals, in the locale given', () => {
    expect(formatMoney(1234.5, 'EUR', 'en-US')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(-0.05, 'USD', 'en-US')).toBe('-$0.05');
  });

  it('writes a code Intl does not know after the number instead of throwing', () => {
    expect(formatMoney(3, 'E1', 'en-US')).toBe('3.00 E1');
  });

  it('shows a dash for a number that is not finite', () => {
    expect(formatMoney(Number.NaN, 'EUR', 'en-US')).toBe('—');
  });
});

describe('formatRatio', () => {
  it('writes a fraction as a percent with at most one decimal', () => {
    expect(formatRatio(0.625, 'en-US')).toBe('62.5%');
    expect(formatRatio(1, 'en-US')).toBe('100%');
  });

  it('shows a dash when there were no calls', () => {
    expect(formatRatio(null, 'en-US')).toBe('—');
  });
});

describe('formatAcd', () => {
  it('writes seconds as mm:ss, minutes past an hour included', () => {
    expect(formatAcd(75)).toBe('01:15');
    expect(formatAcd(4.6)).toBe('00:05');
    expect(formatAcd(4500)).toBe('75:00');
  });

  it('shows a dash when no call was answered', () => {
    expect(formatAcd(null)).toBe('—');
  });
});

describe('numbers, periods and kinds', () => {
  it('groups digits and keeps at most the decimals asked for', () => {
    expect(formatNumber(12345, 'en-US')).toBe('12,345');
    expect(formatMinutes(12.345, 'en-US')).toBe('12.3');
    expect(formatMinutes(12.345, 'de-DE')).toBe('12,3');
  });

  it('names a billing period by month and year', () => {
    expect(formatBillingPeriod('2026-11', 'en-US')).toBe('November 2026');
    expect(formatBillingPeriod('soon', 'en-US')).toBe('soon');
  });

  it('words ledger kinds', () => {
    expect(ledgerKindLabel('topUp')).toBe('Top-up');
    expect(ledgerKindLabel('minimumPayment')).toBe('Minimum payment');
    expect(ledgerKindLabel('other')).toBe('other');
  });
});
