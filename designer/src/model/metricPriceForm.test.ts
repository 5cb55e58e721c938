import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, fieldKeyOf } from './problemFields';
import {
  checkActionPrices, CUSTOM_METRIC, emptyMetricRow, isActionPriceKey, metricPricesBody, metricRowsOf, minimumPaymentOf, placeRowErrors,
} from './metricPriceForm';

describe('metric price rows', () => {
  it('reads built-in metrics into the select and others as custom names', () => {
    const rows = metricRowsOf([{ metric: 'sms.sent', unitPrice: 0.08 }, { metric: 'orders.placed', unitPrice: 0.5, name: 'Orders' }]);
    expect(rows).toEqual([
      { choice: 'sms.sent', custom: '', unitPrice: '0.08', name: '' },
      { choice: CUSTOM_METRIC, custom: 'orders.placed', unitPrice: '0.5', name: 'Orders' },
    ]);
  });

  it('starts a new row with the first built-in metric not yet priced', () => {
    expect(emptyMetricRow([]).choice).toBe('sms.sent');
    expect(emptyMetricRow(metricRowsOf([{ metric: 'sms.sent', unitPrice: 1 }])).choice).toBe('click-to-call.completed');
  });

  it('sends the metric, the price as a number and the name only when given', () => {
    const body = metricPricesBody([
      { choice: 'sms.sent', custom: '', unitPrice: '0,08', name: ' ' },
      { choice: CUSTOM_METRIC, custom: ' orders.placed ', unitPrice: '1', name: 'Orders' },
    ]);
    expect(body).toEqual([{ metric: 'sms.sent', unitPrice: 0.08 }, { metric: 'orders.placed', unitPrice: 1, name: 'Orders' }]);
    expect(minimumPaymentOf('')).toBe(0);
    expect(minimumPaymentOf('25.5')).toBe(25.5);
  });
});

describe('checkActionPrices', () => {
  it('names the row of a bad metric name, a duplicate and a negative or missing price', () => {
    const errors = checkActionPrices([
      { choice: 'sms.sent', custom: '', unitPrice: '0.08', name: '' },
      { choice: CUSTOM_METRIC, custom: 'Orders Placed', unitPrice: '-1', name: '' },
      { choice: 'sms.sent', custom: '', unitPrice: '', name: '' },
    ], '');
    expect(errors['metricPrices.0.metric']).toBeUndefined();
    expect(errors['metricPrices.1.metric']).toMatch(/^Action price 2: a metric name is lower-case/);
    expect(errors['metricPrices.1.unitPrice']).toMatch(/^Action price 2: the unit price/);
    expect(errors['metricPrices.2.metric']).toBe('Action price 3: sms.sent is already priced in action price 1.');
    expect(errors['metricPrices.2.unitPrice']).toBeDefined();
  });

  it('takes an empty or positive minimum payment and refuses text or a negative one', () => {
    expect(checkActionPrices([], '')).toEqual({});
    expect(checkActionPrices([], '100')).toEqual({});
    expect(checkActionPrices([], '-5').minimumPayment).toMatch(/0 or more/);
    expect(checkActionPrices([], 'lots').minimumPayment).toBeDefined();
  });
});

describe('server errors', () => {
  it('puts a 422 of the API next to the row and field it names', () => {
    const found = placeRowErrors(fieldErrorsOf({
      'metricPrices[1].unitPrice': ['metricPrices[1].unitPrice must be 0 or more.'],
      'metricPrices[0]': ['Metric sms.sent is listed twice.'],
      minimumPayment: ['minimumPayment must be 0 or more.'],
      currency: ['bad currency'],
    }, (p) => fieldKeyOf(p, true)));
    expect(found['metricPrices.1.unitPrice']).toBe('metricPrices[1].unitPrice must be 0 or more.');
    expect(found['metricPrices.0.metric']).toBe('Metric sms.sent is listed twice.');
    expect(Object.keys(found).filter(isActionPriceKey).sort()).toEqual(['metricPrices.0.metric', 'metricPrices.1.unitPrice', 'minimumPayment']);
  });
});
