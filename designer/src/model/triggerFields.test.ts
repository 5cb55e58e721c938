import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from './flow';
import { parseFlowText, serialiseFlow } from './serialise';
import { validateGraph } from './validate';

function flowWith(trigger: FlowDefinition['trigger']): FlowDefinition {
  return { id: 'f', name: 'N', version: 0, status: 'draft', variables: [], inputs: [], trigger, nodes: [{ id: 'a', type: 'control.end@1', inputs: {} }], edges: [] };
}

function parse(text: string): FlowDefinition {
  const result = parseFlowText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.flow;
}

describe('trigger fields signed and keyword', () => {
  it('writes trigger properties in the server order: type, path, synchronous, signed, number, cron, keyword', () => {
    const text = serialiseFlow(flowWith({ keyword: 'JOIN', cron: '0 9 * * *', number: '+1800', signed: true, synchronous: true, path: 'p', type: 'webhook' }));

    expect(text).toContain('"trigger": {\n    "type": "webhook",\n    "path": "p",\n    "synchronous": true,\n    "signed": true,\n    "number": "+1800",\n    "cron": "0 9 * * *",\n    "keyword": "JOIN"\n  }');
  });

  it('leaves signed out when false, as the server does', () => {
    const text = serialiseFlow(flowWith({ type: 'webhook', path: 'p', signed: false }));

    expect(text).toContain('"trigger": {\n    "type": "webhook",\n    "path": "p"\n  }');
  });

  it('reads a signed webhook and an SMS keyword trigger back', () => {
    expect(parse('{"id": "f", "name": "N", "trigger": {"type": "webhook", "path": "p", "signed": true}}').trigger).toEqual({ type: 'webhook', path: 'p', signed: true });
    expect(parse('{"id": "f", "name": "N", "trigger": {"type": "webhook", "path": "p", "signed": false}}').trigger).toEqual({ type: 'webhook', path: 'p' });
    expect(parse('{"id": "f", "name": "N", "trigger": {"type": "sms", "keyword": "JOIN"}}').trigger).toEqual({ type: 'sms', keyword: 'JOIN' });
  });

  it('round-trips a signed webhook and an SMS trigger byte for byte', () => {
    for (const trigger of [{ type: 'webhook', path: 'orders/new', synchronous: true, signed: true }, { type: 'sms', keyword: 'Stop2' }] as const) {
      const text = serialiseFlow(flowWith({ ...trigger }));
      expect(serialiseFlow(parse(text))).toBe(text);
    }
  });

  it('asks an SMS trigger for a keyword of one word of letters and digits', () => {
    const codes = (trigger: FlowDefinition['trigger']) => validateGraph(flowWith(trigger), []).filter((p) => p.path === '$.trigger.keyword').map((p) => p.code);

    expect(codes({ type: 'sms' })).toEqual(['missing-field']);
    expect(codes({ type: 'sms', keyword: 'two words' })).toEqual(['invalid-keyword']);
    expect(codes({ type: 'sms', keyword: 'JOIN-NOW' })).toEqual(['invalid-keyword']);
    expect(codes({ type: 'sms', keyword: 'Join2' })).toEqual([]);
    expect(codes({ type: 'webhook', path: 'p', signed: true })).toEqual([]);
  });
});
