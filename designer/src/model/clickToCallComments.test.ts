import { describe, expect, it } from 'vitest';
import type { CommentTypeView } from '../api/clickToCallViews';
import { checkComment, commentFieldsBody, commentSummary, emptyValues, inputFor } from './clickToCallComments';

const sale: CommentTypeView = {
  name: 'sale', label: 'Sale', fields: [
    { name: 'amount', label: 'Amount', type: 'number', required: true },
    { name: 'product', label: 'Product', type: 'text' },
    { name: 'paid', label: 'Paid', type: 'boolean' },
  ],
};
const later: CommentTypeView = { name: 'call-back-later', label: 'Call back later', fields: [{ name: 'when', label: 'When', type: 'dateTime', required: true }] };
const complaint: CommentTypeView = { name: 'complaint', label: 'Complaint', fields: [{ name: 'topic', label: 'Topic', type: 'choice', required: true, options: ['billing', 'service'] }] };
const note: CommentTypeView = { name: 'note', label: 'Note', fields: [] };

describe('inputFor', () => {
  it('gives each field type its input', () => {
    expect(inputFor(sale.fields[0])).toEqual({ element: 'input', type: 'number' });
    expect(inputFor(sale.fields[2])).toEqual({ element: 'checkbox' });
    expect(inputFor(later.fields[0])).toEqual({ element: 'input', type: 'datetime-local' });
    expect(inputFor(complaint.fields[0])).toEqual({ element: 'select', options: ['billing', 'service'] });
    expect(inputFor({ name: 'd', label: 'D', type: 'date' })).toEqual({ element: 'input', type: 'date' });
  });

  it('starts yes/no fields unticked and the others empty', () => {
    expect(emptyValues(sale)).toEqual({ amount: '', product: '', paid: 'false' });
    expect(emptyValues(undefined)).toEqual({});
  });
});

describe('checkComment', () => {
  it('asks for required fields by the type, and text only for types without fields', () => {
    expect(checkComment(sale, '', emptyValues(sale))).toEqual({ 'fields.amount': 'Amount is required for a sale comment.' });
    expect(checkComment(note, ' ', {})).toEqual({ text: 'Write the comment.' });
    expect(checkComment(undefined, 'x', {}).type).toBeDefined();
  });

  it('refuses a number, date-time or choice it cannot read', () => {
    expect(checkComment(sale, '', { amount: 'lots' })['fields.amount']).toMatch(/number/);
    expect(checkComment(later, '', { when: 'tomorrow' })['fields.when']).toMatch(/date and time/);
    expect(checkComment(complaint, '', { topic: 'weather' })['fields.topic']).toBe('Choose one of: billing, service.');
    expect(checkComment(sale, '', { amount: '12,5' })).toEqual({});
  });
});

describe('commentFieldsBody', () => {
  it('writes values in invariant form and leaves empty optional fields out', () => {
    expect(commentFieldsBody(sale, { amount: '12,50', product: ' ', paid: 'true' }, 'UTC')).toEqual({ amount: '12.5', paid: 'true' });
    expect(commentFieldsBody(later, { when: '2026-12-07T09:30' }, 'Europe/Berlin')).toEqual({ when: '2026-12-07T09:30:00+01:00' });
  });

  it('reads stored values back in the type order, unknown fields last', () => {
    expect(commentSummary(sale, { legacy: 'x', paid: 'false', amount: '12.5' })).toBe('Amount: 12.5 · Paid: no · legacy: x');
  });
});
