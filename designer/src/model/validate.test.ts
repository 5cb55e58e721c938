import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from './flow';
import { parseFlowText } from './serialise';
import { fixtureDescriptors, fixtureFlows } from './testFixtures';
import { validateGraph } from './validate';

const descriptors = fixtureDescriptors();

function flowOf(nodes: FlowNode[], edges: FlowDefinition['edges'] = [], start?: string): FlowDefinition {
  return { id: 'f', name: 'F', version: 0, status: 'draft', variables: [], inputs: [], nodes, edges, ...(start ? { start } : {}) };
}

const say = (id: string, inputs: FlowNode['inputs'] = { text: 'Hello' }, label?: string): FlowNode => ({ id, type: 'telephony.say@1', inputs, ...(label ? { label } : {}) });
const hangup = (id: string): FlowNode => ({ id, type: 'telephony.hangup@1', inputs: {} });

function summary(flow: FlowDefinition) {
  return validateGraph(flow, descriptors).map(({ severity, code, path, nodeId, field }) => ({ severity, code, path, nodeId, ...(field ? { field } : {}) }));
}

describe('validateGraph', () => {
  it.each(fixtureFlows().filter((f) => f.name !== 'tricky-strings.flow.json'))('finds no errors in $name', ({ text }) => {
    const parsed = parseFlowText(text);
    expect(parsed.ok && validateGraph(parsed.flow, descriptors).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports a flow without nodes', () => {
    expect(summary(flowOf([]))).toEqual([{ severity: 'error', code: 'no-nodes', path: '$.nodes', nodeId: null }]);
  });

  it('reports unknown activities and duplicate node ids', () => {
    expect(summary(flowOf([say('a'), { id: 'a', type: 'acme.teleport@1', inputs: {} }]))).toEqual([
      { severity: 'error', code: 'duplicate-id', path: '$.nodes[1].id', nodeId: 'a' },
      { severity: 'error', code: 'unknown-activity', path: '$.nodes[1].type', nodeId: 'a' },
    ]);
  });

  it('reports missing required inputs, empty strings included, naming the node and the field', () => {
    const problems = validateGraph(flowOf([say('a', { text: '' }, 'Greeting'), { id: 'm', type: 'telephony.menu@1', inputs: { prompt: 'Press 1' } }]), descriptors);
    expect(problems.map((p) => [p.code, p.path, p.field])).toEqual([
      ['missing-input', '$.nodes[0].inputs.text', 'text'],
      ['missing-input', '$.nodes[1].inputs.options', 'options'],
      ['unreachable-node', '$.nodes[1]', undefined],
    ]);
    expect(problems[0].message).toBe("Node 'Greeting' needs a value for 'text'; fill it in.");
  });

  it('reports literal values of the wrong type but not expressions where expressions are allowed', () => {
    const gather = { id: 'g', type: 'telephony.gather@1', inputs: { maxDigits: 2.5, minDigits: 'js: 1', firstDigitTimeoutSeconds: '{{ vars.t }}', bargeIn: 'js: true', interDigitTimeoutSeconds: 'soon', terminator: '#' } };
    const decision = { id: 'd', type: 'control.decision@1', inputs: { condition: 'vars.x > 1' } };
    expect(summary(flowOf([gather, decision], [{ from: 'g', outcome: 'done', to: 'd' }]))).toEqual([
      { severity: 'error', code: 'invalid-input', path: '$.nodes[0].inputs.maxDigits', nodeId: 'g', field: 'maxDigits' },
      { severity: 'error', code: 'invalid-input', path: '$.nodes[0].inputs.bargeIn', nodeId: 'g', field: 'bargeIn' },
      { severity: 'error', code: 'invalid-input', path: '$.nodes[0].inputs.interDigitTimeoutSeconds', nodeId: 'g', field: 'interDigitTimeoutSeconds' },
    ]);
  });

  it('reads any text as a script where the default syntax is JavaScript, but still checks other literals', () => {
    const decision = (condition: FlowNode['inputs'][string]) => ({ id: 'd', type: 'control.decision@1', inputs: { condition } });
    expect(summary(flowOf([decision('vars.x > 1')]))).toEqual([]);
    expect(summary(flowOf([decision(true)]))).toEqual([]);
    expect(summary(flowOf([decision(3)]))).toEqual([{ severity: 'error', code: 'invalid-input', path: '$.nodes[0].inputs.condition', nodeId: 'd', field: 'condition' }]);
  });

  it('checks enum values', () => {
    const schema = { type: 'object', properties: { mode: { type: 'string', enum: ['fast', 'slow'] } } };
    const custom = [...descriptors, { ...descriptors[0], type: 'acme.mode', typeId: 'acme.mode@1', inputSchema: schema }];
    const problems = validateGraph(flowOf([{ id: 'a', type: 'acme.mode@1', inputs: { mode: 'medium' } }]), custom);
    expect(problems.map((p) => [p.code, p.field, p.message])).toEqual([['invalid-input', 'mode', `Node 'a' 'mode' must be one of "fast", "slow", not "medium"; correct the value.`]]);
  });

  it('warns about inputs the activity does not have', () => {
    expect(summary(flowOf([say('a', { text: 'x', colour: 'red' })]))).toEqual([{ severity: 'warning', code: 'unknown-input', path: '$.nodes[0].inputs.colour', nodeId: 'a', field: 'colour' }]);
  });

  it('reports edges from outcomes the node lacks, to or from missing nodes, and outcomes connected twice', () => {
    const menu = { id: 'm', type: 'telephony.menu@1', inputs: { prompt: 'Press 1', options: [{ digit: '1', name: 'sales' }] } };
    const edges = [
      { from: 'm', outcome: 'sales', to: 'a' },
      { from: 'm', outcome: 'support', to: 'a' },
      { from: 'm', outcome: 'sales', to: 'b' },
      { from: 'm', outcome: 'timeout', to: 'nowhere' },
      { from: 'ghost', outcome: 'done', to: 'a' },
    ];
    expect(summary(flowOf([menu, say('a'), hangup('b')], edges))).toEqual([
      { severity: 'error', code: 'unknown-outcome', path: '$.edges[1].outcome', nodeId: 'm' },
      { severity: 'error', code: 'duplicate-edge', path: '$.edges[2].outcome', nodeId: 'm' },
      { severity: 'error', code: 'missing-node', path: '$.edges[3].to', nodeId: 'm' },
      { severity: 'error', code: 'missing-node', path: '$.edges[4].from', nodeId: 'ghost' },
    ]);
    expect(validateGraph(flowOf([menu, say('a')], edges.slice(1, 2)), descriptors)[0].message).toBe(
      "Node 'm' has no outcome 'support'; connect one of its outcomes instead: sales, invalid, timeout, hangup, failed.",
    );
  });

  it('warns about nodes the start node cannot reach, starting from start or the first node', () => {
    const nodes = [say('a'), say('b'), hangup('c')];
    expect(summary(flowOf(nodes, [{ from: 'a', outcome: 'done', to: 'c' }]))).toEqual([{ severity: 'warning', code: 'unreachable-node', path: '$.nodes[1]', nodeId: 'b' }]);
    expect(summary(flowOf(nodes, [{ from: 'b', outcome: 'done', to: 'c' }], 'b'))).toEqual([{ severity: 'warning', code: 'unreachable-node', path: '$.nodes[0]', nodeId: 'a' }]);
    expect(summary(flowOf(nodes, [], 'zz'))[0]).toEqual({ severity: 'error', code: 'missing-node', path: '$.start', nodeId: 'zz' });
  });
});
