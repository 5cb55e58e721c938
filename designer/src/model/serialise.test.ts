import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from './flow';
import { fixtureFlows } from './testFixtures';
import { parseFlowText, serialiseFlow } from './serialise';

function parse(text: string): FlowDefinition {
  const result = parseFlowText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.flow;
}

describe('serialiseFlow', () => {
  it('has a server-exported fixture for every flow template (run scripts/export-fixtures.sh when one is added)', () => {
    const templates = readdirSync(new URL('../../../flow-templates/', import.meta.url)).filter((name) => name.endsWith('.flow.json'));
    const fixtures = fixtureFlows().map((f) => f.name);
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(fixtures).toContain(template);
  });

  it.each(fixtureFlows())('writes $name byte for byte as the server exported it', ({ text }) => {
    expect(serialiseFlow(parse(text))).toBe(text);
  });

  it('writes the server key order whatever order the object has', () => {
    const flow = {
      edges: [{ to: 'b', outcome: 'done', from: 'a' }],
      nodes: [
        { inputs: {}, type: 'telephony.hangup@1', id: 'b' },
        { retry: { backoff: 'linear', delayMs: 5, maxAttempts: 2 }, inputs: { z: 1, a: 'x' }, position: { y: 2, x: 1 }, label: 'A', type: 'telephony.say@1', id: 'a' },
      ],
      trigger: { cron: '* * * * *', synchronous: false, type: 'schedule' },
      inputs: [{ description: 'd', required: false, type: 'string', name: 'n' }],
      variables: [{ default: 1, type: 'number', name: 'v' }],
      status: 'draft',
      version: 2,
      name: 'N',
      id: 'f',
      $schema: 's',
    } as FlowDefinition;
    const keys = [...serialiseFlow(flow).matchAll(/^ {0,2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(['$schema', 'id', 'name', 'version', 'status', 'variables', 'inputs', 'trigger', 'nodes', 'edges']);
    const text = serialiseFlow(flow);
    expect(text).toContain('"label": "A",\n      "position": {\n        "x": 1,\n        "y": 2\n      },\n      "inputs": {\n        "z": 1,\n        "a": "x"\n      },\n      "retry": {\n        "maxAttempts": 2,\n        "delayMs": 5,\n        "backoff": "linear"\n      }');
    expect(text).toContain('"trigger": {\n    "type": "schedule",\n    "cron": "* * * * *"\n  }');
    expect(text).toContain('"name": "n",\n      "type": "string",\n      "required": false,\n      "description": "d"');
  });

  it('leaves out absent and null optional fields but keeps empty lists', () => {
    const text = serialiseFlow({ id: 'f', name: 'N', version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [], description: undefined, metadata: null as never });
    expect(text).toBe('{\n  "id": "f",\n  "name": "N",\n  "version": 0,\n  "status": "draft",\n  "variables": [],\n  "inputs": [],\n  "nodes": [],\n  "edges": []\n}');
  });

  it('fills in the retry defaults the server writes', () => {
    const text = serialiseFlow({ id: 'f', name: 'N', version: 0, status: 'draft', variables: [], inputs: [], nodes: [{ id: 'a', type: 't', inputs: {}, retry: {} }], edges: [] });
    expect(text).toContain('"retry": {\n        "maxAttempts": 3,\n        "delayMs": 1000,\n        "backoff": "exponential"\n      }');
  });
});
