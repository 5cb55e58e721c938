import { describe, expect, it } from 'vitest';
import { checkGroupForm, groupBody, newGroupForm } from './groupForm';

describe('checkGroupForm', () => {
  it('accepts a named group with well-formed fields', () => {
    expect(checkGroupForm({ ...newGroupForm(), name: 'Debtors', fields: [{ name: 'amount', type: 'number', required: true, pattern: '\\d+' }] })).toEqual({});
  });

  it('names the field row at fault: bad name, built-in name, duplicate, bad pattern', () => {
    const errors = checkGroupForm({
      ...newGroupForm(), name: 'x', defaultCountry: 'USA',
      fields: [
        { name: '1st', type: 'text', required: false, pattern: '' },
        { name: 'Phone', type: 'text', required: false, pattern: '' },
        { name: 'due', type: 'date', required: false, pattern: '' },
        { name: 'DUE', type: 'date', required: false, pattern: '([' },
      ],
    });
    expect(errors.defaultCountry).toMatch(/two-letter/);
    expect(errors['fields[0].name']).toMatch(/^Field 1: the name must start with a letter/);
    expect(errors['fields[1].name']).toMatch(/built-in/);
    expect(errors['fields[2].name']).toBeUndefined();
    expect(errors['fields[3].name']).toMatch(/twice/);
    expect(errors['fields[3].pattern']).toMatch(/Field 4: the pattern/);
  });
});

describe('groupBody', () => {
  it('trims, upper-cases the country and leaves out empty optional values', () => {
    expect(groupBody({ name: ' Debtors ', description: '', defaultCountry: 'gb', defaultTimeZone: '', fields: [{ name: 'amount', type: 'number', required: true, pattern: ' ' }] }))
      .toEqual({ name: 'Debtors', defaultCountry: 'GB', fields: [{ name: 'amount', type: 'number', required: true }] });
  });
});
