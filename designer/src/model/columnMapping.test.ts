import { describe, expect, it } from 'vitest';
import type { ContactField } from '../api/campaignViews';
import { checkMapping, mappingTargets, suggestMapping } from './columnMapping';

const fields: ContactField[] = [
  { name: 'amount', type: 'number', required: true, pattern: null, label: 'Amount due' },
  { name: 'due', type: 'date', required: false, pattern: null, label: null },
];

describe('suggestMapping', () => {
  it('maps headers by common names, field names and labels, ignoring the rest', () => {
    expect(suggestMapping(['Phone Number', 'First name', 'Отчество', 'TZ', 'Amount due', 'DUE', 'Comment'], fields)).toEqual({
      'Phone Number': 'phone', 'First name': 'name', 'Отчество': 'patronymic', TZ: 'timeZone', 'Amount due': 'field:amount', DUE: 'field:due', Comment: 'ignore',
    });
  });

  it('prefers the server suggestion but not when it names a field the group lacks', () => {
    expect(suggestMapping(['tel', 'x'], fields, { tel: 'phone', x: 'field:nope' })).toEqual({ tel: 'phone', x: 'ignore' });
    expect(suggestMapping(['a'], fields, { a: 'field:due' })).toEqual({ a: 'field:due' });
  });

  it('never suggests one target twice', () => {
    expect(suggestMapping(['phone', 'mobile'], [])).toEqual({ phone: 'phone', mobile: 'ignore' });
  });
});

describe('checkMapping', () => {
  const headers = ['phone', 'sum', 'other'];

  it('accepts a mapping with a phone column and every required field', () => {
    expect(checkMapping({ phone: 'phone', sum: 'field:amount', other: 'ignore' }, headers, fields)).toEqual([]);
  });

  it('names the missing phone, the columns sharing a target and the unmapped required field', () => {
    const problems = checkMapping({ phone: 'name', sum: 'name', other: 'ignore' }, headers, fields);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/No column is mapped to Phone/);
    expect(problems[1]).toMatch(/“phone” and “sum” all go to name/);
    expect(problems[2]).toMatch(/required field “Amount due”/);
  });

  it('names a column mapped to a field the group does not have', () => {
    expect(checkMapping({ phone: 'phone', sum: 'field:amount', other: 'field:ghost' }, headers, fields)[0]).toMatch(/Column “other” goes to field:ghost/);
  });

  it('offers the built-ins, each field by label and ignore', () => {
    expect(mappingTargets(fields).map((t) => t.value)).toEqual(['phone', 'name', 'patronymic', 'timeZone', 'field:amount', 'field:due', 'ignore']);
  });
});
