import { describe, expect, it } from 'vitest';
import { parseFlowText } from './flowReader';

function problemsOf(text: string) {
  const result = parseFlowText(text);
  return result.ok ? [] : result.problems;
}

describe('parseFlowText', () => {
  it('reports malformed JSON once, at $, with line and column', () => {
    expect(problemsOf('{\n  "id": "f",\n  "name": }')).toEqual([{ path: '$', message: expect.stringMatching(/^Malformed JSON at line 3, column 11: Expected a value/) }]);
  });

  it('reports a file that is not an object', () => {
    expect(problemsOf('[]')).toEqual([{ path: '$', message: expect.stringContaining('must be a JSON object') }]);
  });

  it('reports every structural problem by JSON path', () => {
    const text = JSON.stringify({
      id: 'f',
      name: 7,
      version: 1.5,
      status: 'old',
      variables: [{ name: 'v', type: 'text' }, 3],
      trigger: { type: 'carrier-pigeon' },
      start: 'nowhere',
      nodes: [
        { id: 'a', type: 'telephony.say@1', inputs: { text: 'hi' }, position: { x: 'left', y: 1 } },
        { id: 'a', type: 'telephony.say@1', inputs: [] },
        { id: 'c' },
        { id: 'd', type: 't', inputs: {}, retry: { backoff: 'sometimes', maxAttempts: 'x' } },
      ],
      edges: [{ from: 'a', outcome: 'done', to: 'zz' }, { from: 'ghost', to: 'a' }, { outcome: 'done' }],
    });
    expect(problemsOf(text).map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.name: must be a string, not a number',
      '$.version: must be a whole number, not 1.5',
      "$.status: unknown status \"old\"; use one of 'draft', 'published', 'archived'",
      "$.variables[0].type: unknown value type \"text\"; use one of 'any', 'string', 'number', 'boolean', 'object', 'array'",
      '$.variables[1]: must be an object, not a number',
      "$.trigger.type: unknown trigger type \"carrier-pigeon\"; use one of 'manual', 'webhook', 'call', 'schedule', 'sms'",
      '$.nodes[0].position.x: must be a number, not a string',
      '$.nodes[1].inputs: must be an object of input values, not an array',
      '$.nodes[2].type: required string',
      '$.nodes[3].retry.maxAttempts: must be a number, not a string',
      "$.nodes[3].retry.backoff: unknown backoff \"sometimes\"; use one of 'constant', 'linear', 'exponential'",
      '$.edges[2].from: required string',
      '$.edges[2].to: required string',
      "$.nodes[1].id: duplicate node id 'a'; node ids must be unique",
      "$.start: start node 'nowhere' does not exist",
      "$.edges[0].to: node 'zz' does not exist",
      "$.edges[1].from: node 'ghost' does not exist",
    ]);
  });

  it('reads like the server: any case for names and enums, null as absent, defaults for missing fields', () => {
    const result = parseFlowText('{"ID": "f", "Name": "N", "Status": "Published", "description": null, "nodes": [{"id": "a", "type": "t"}], "edges": [{"from": "a", "to": "a"}], /* c */}');
    expect(result).toEqual({
      ok: true,
      flow: { id: 'f', name: 'N', version: 0, status: 'published', variables: [], inputs: [], nodes: [{ id: 'a', type: 't', inputs: {} }], edges: [{ from: 'a', outcome: 'done', to: 'a' }] },
    });
  });

  it('accepts numbers written as strings where the server does', () => {
    const result = parseFlowText('{"id": "f", "name": "N", "version": "3", "nodes": [{"id": "a", "type": "t", "position": {"x": "1.5", "y": 2}}]}');
    expect(result.ok && [result.flow.version, result.flow.nodes[0].position]).toEqual([3, { x: 1.5, y: 2 }]);
  });

  it('keeps synchronous only when true', () => {
    const result = parseFlowText('{"id": "f", "name": "N", "trigger": {"type": "webhook", "path": "p", "synchronous": false}}');
    expect(result.ok && result.flow.trigger).toEqual({ type: 'webhook', path: 'p' });
  });
});
