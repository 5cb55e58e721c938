import { describe, expect, it } from 'vitest';
import { findDescriptor } from './descriptors';
import type { JsonValue } from './flow';
import { nodeOutcomes } from './outcomes';
import { fixtureDescriptors } from './testFixtures';

const descriptors = fixtureDescriptors();
const menu = findDescriptor(descriptors, 'telephony.menu@1')!;

describe('nodeOutcomes', () => {
  it('puts one outcome per menu option first, then the declared ones', () => {
    const options = [{ digit: '1', name: 'sales' }, { digit: '2', name: 'support' }, { digit: '3', name: 'hours' }];
    expect(nodeOutcomes(menu, { options })).toEqual(['sales', 'support', 'hours', 'invalid', 'timeout', 'hangup', 'failed']);
  });

  it('skips rows that are not objects or have no name, and names used twice', () => {
    const options: JsonValue[] = [{ digit: '1', name: 'sales' }, 'x', null, [1], { digit: '2' }, { digit: '3', name: 7 }, { digit: '4', name: 'sales' }, { digit: '5', name: 'timeout' }];
    expect(nodeOutcomes(menu, { options })).toEqual(['sales', 'timeout', 'invalid', 'hangup', 'failed']);
  });

  it('gives the declared outcomes when the list input is missing or not a list', () => {
    expect(nodeOutcomes(menu, {})).toEqual(['invalid', 'timeout', 'hangup', 'failed']);
    expect(nodeOutcomes(menu, { options: 'js: [1]' })).toEqual(['invalid', 'timeout', 'hangup', 'failed']);
  });

  it('gives the declared outcomes of activities without dynamic ones', () => {
    expect(nodeOutcomes(findDescriptor(descriptors, 'control.decision')!, { options: [{ name: 'x' }] })).toEqual(['true', 'false']);
  });

  it("names switch cases by the descriptor's field", () => {
    expect(nodeOutcomes(findDescriptor(descriptors, 'control.switch@1')!, { cases: [{ name: 'gold' }, { name: 'silver' }] })).toEqual(['gold', 'silver', 'default']);
  });
});
