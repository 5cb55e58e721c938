// The tariff page's rates table: rows as typed, their checks (by row), and the API body (PUT /api/tariffs/{id}).
import type { TariffRateView, TariffView } from '../api/clickToCallViews';

export interface RateRow {
  prefix: string;
  destination: string;
  pricePerMinute: string;
  connectionFee: string;
  firstIncrement: string;
  nextIncrement: string;
}

export const emptyRateRow = (): RateRow => ({ prefix: '', destination: '', pricePerMinute: '', connectionFee: '0', firstIncrement: '60', nextIncrement: '60' });

export function rateRowsOf(tariff: TariffView): RateRow[] {
  return tariff.rates.map((r) => ({
    prefix: r.prefix, destination: r.destination, pricePerMinute: String(r.pricePerMinute), connectionFee: String(r.connectionFee ?? 0),
    firstIncrement: String(r.firstIncrement ?? 60), nextIncrement: String(r.nextIncrement ?? 60),
  }));
}

const money = (text: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : NaN);
const seconds = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** What is wrong with the rates, keyed "rates.<row>.<field>" (row from 0), each naming the row people see (from 1). */
export function checkRates(rows: RateRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const at = `Row ${i + 1}`;
    const prefix = r.prefix.trim().replace(/^\+/, '');
    if (!/^\d{1,15}$/.test(prefix)) errors[`rates.${i}.prefix`] = `${at}: the prefix is the number's first digits without + (49, 4915).`;
    else if (seen.has(prefix)) errors[`rates.${i}.prefix`] = `${at}: prefix ${prefix} is already on row ${seen.get(prefix)! + 1}.`;
    else seen.set(prefix, i);
    if (!r.destination.trim()) errors[`rates.${i}.destination`] = `${at}: name the destination (Germany mobile).`;
    if (!(money(r.pricePerMinute) >= 0)) errors[`rates.${i}.pricePerMinute`] = `${at}: the price per minute is a number like 0.05.`;
    if (!(money(r.connectionFee) >= 0)) errors[`rates.${i}.connectionFee`] = `${at}: the connection fee is a number (0 for none).`;
    if (!(seconds(r.firstIncrement) >= 1)) errors[`rates.${i}.firstIncrement`] = `${at}: the first increment is whole seconds (60).`;
    if (!(seconds(r.nextIncrement) >= 1)) errors[`rates.${i}.nextIncrement`] = `${at}: the next increment is whole seconds (60).`;
  });
  return errors;
}

/** The API's rates of rows that passed {@link checkRates}. */
export function ratesBody(rows: RateRow[]): TariffRateView[] {
  return rows.map((r) => ({
    prefix: r.prefix.trim().replace(/^\+/, ''), destination: r.destination.trim(), pricePerMinute: money(r.pricePerMinute),
    connectionFee: money(r.connectionFee), firstIncrement: seconds(r.firstIncrement), nextIncrement: seconds(r.nextIncrement),
  }));
}
