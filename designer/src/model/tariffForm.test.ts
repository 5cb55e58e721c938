import { describe, expect, it } from 'vitest';
import { checkRates, emptyRateRow, rateRowsOf, ratesBody } from './tariffForm';

const row = (prefix: string, destination = 'Germany', price = '0.05') => ({ ...emptyRateRow(), prefix, destination, pricePerMinute: price });

describe('tariff rates', () => {
  it('accepts good rows and sends numbers, dropping a leading +', () => {
    const rows = [row('+49'), row('4915', 'Germany mobile', '0,12')];
    expect(checkRates(rows)).toEqual({});
    expect(ratesBody(rows)).toEqual([
      { prefix: '49', destination: 'Germany', pricePerMinute: 0.05, connectionFee: 0, firstIncrement: 60, nextIncrement: 60 },
      { prefix: '4915', destination: 'Germany mobile', pricePerMinute: 0.12, connectionFee: 0, firstIncrement: 60, nextIncrement: 60 },
    ]);
  });

  it('names the row and the field at fault, and a repeated prefix with its first row', () => {
    const errors = checkRates([row('49'), row('49'), { ...row('4x', ''), pricePerMinute: 'free', firstIncrement: '0' }]);
    expect(errors['rates.1.prefix']).toBe('Row 2: prefix 49 is already on row 1.');
    expect(errors['rates.2.prefix']).toMatch(/^Row 3: /);
    expect(Object.keys(errors).filter((k) => k.startsWith('rates.2.')).sort())
      .toEqual(['rates.2.destination', 'rates.2.firstIncrement', 'rates.2.prefix', 'rates.2.pricePerMinute']);
  });

  it('reads a stored tariff back into rows, with defaults for missing fee and increments', () => {
    expect(rateRowsOf({ id: 't', name: 'Basic', currency: 'EUR', rates: [{ prefix: '1', destination: 'US', pricePerMinute: 0.01 }] }))
      .toEqual([{ prefix: '1', destination: 'US', pricePerMinute: '0.01', connectionFee: '0', firstIncrement: '60', nextIncrement: '60' }]);
  });
});
