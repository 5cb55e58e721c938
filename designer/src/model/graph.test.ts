import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from './flow';
import { fromCanvas, toCanvas } from './graph';
import { parseFlowText, serialiseFlow } from './serialise';
import { fixtureDescriptors, fixtureFlows } from './testFixtures';

const descriptors = fixtureDescriptors();

function parse(text: string): FlowDefinition {
  const result = parseFlowText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.flow;
}

function flowOf(partial: Partial<FlowDefinition>): FlowDefinition {
  return { id: 'f', name: 'F', version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [], ...partial };
}

describe('toCanvas and fromCanvas', () => {
  it.each(fixtureFlows())('round-trip $name to the same file', ({ text }) => {
    const flow = parse(text);
    const { nodes, edges } = toCanvas(flow, descriptors);
    expect(serialiseFlow(fromCanvas(flow, nodes, edges))).toBe(text);
  });

  it('makes activity nodes holding only the activity data, and edges leaving the outcome handle', () => {
    const flow = flowOf({
      nodes: [
        { id: 'a', type: 'telephony.say@1', label: 'Hi', position: { x: 1, y: 2 }, inputs: { text: 'hi' }, retry: { maxAttempts: 2 } },
        { id: 'b', type: 'telephony.hangup@1', position: { x: 3, y: 4 }, inputs: {} },
      ],
      edges: [{ from: 'a', outcome: 'done', to: 'b' }, { id: 'mine', from: 'a', outcome: 'failed', to: 'b' }],
    });
    expect(toCanvas(flow, descriptors)).toEqual({
      nodes: [
        { id: 'a', type: 'activity', position: { x: 1, y: 2 }, data: { type: 'telephony.say@1', label: 'Hi', inputs: { text: 'hi' }, retry: { maxAttempts: 2 } } },
        { id: 'b', type: 'activity', position: { x: 3, y: 4 }, data: { type: 'telephony.hangup@1', inputs: {} } },
      ],
      edges: [
        { id: 'a:done->b', source: 'a', target: 'b', sourceHandle: 'done', targetHandle: null },
        { id: 'mine', source: 'a', target: 'b', sourceHandle: 'failed', targetHandle: null },
      ],
    });
  });

  it('gives repeated edges distinct canvas ids and drops ids the flow did not have', () => {
    const flow = flowOf({
      nodes: [{ id: 'a', type: 't', position: { x: 0, y: 0 }, inputs: {} }],
      edges: [{ from: 'a', outcome: 'done', to: 'a' }, { from: 'a', outcome: 'done', to: 'a' }],
    });
    const { nodes, edges } = toCanvas(flow);
    expect(edges.map((e) => e.id)).toEqual(['a:done->a', 'a:done->a~2']);
    expect(fromCanvas(flow, nodes, edges).edges).toEqual(flow.edges);
  });

  it('keeps the rest of the base flow and takes nodes, positions and new edges from the canvas', () => {
    const base = flowOf({ description: 'd', trigger: { type: 'manual' }, metadata: { zoom: 1 }, nodes: [{ id: 'a', type: 't', inputs: {} }] });
    const result = fromCanvas(
      base,
      [{ id: 'a', position: { x: 5, y: 6 }, data: { type: 't', inputs: { k: 1 } } }, { id: 'b', position: { x: 7, y: 8 }, data: { type: 'u', label: 'B', inputs: {} } }],
      [{ id: 'xy-edge__a-b', source: 'a', target: 'b', sourceHandle: 'yes' }, { id: 'e', source: 'b', target: 'a', sourceHandle: null }],
    );
    expect(result).toEqual({
      ...base,
      nodes: [{ id: 'a', type: 't', position: { x: 5, y: 6 }, inputs: { k: 1 } }, { id: 'b', type: 'u', label: 'B', position: { x: 7, y: 8 }, inputs: {} }],
      edges: [{ from: 'a', outcome: 'yes', to: 'b' }, { from: 'b', outcome: 'done', to: 'a' }],
    });
  });

  it('lays out nodes that have no position', () => {
    const flow = flowOf({ nodes: [{ id: 'a', type: 't', inputs: {} }, { id: 'b', type: 't', inputs: {} }], edges: [{ from: 'a', outcome: 'done', to: 'b' }] });
    const [a, b] = toCanvas(flow).nodes;
    expect(b.position.y).toBeGreaterThan(a.position.y);
  });
});
