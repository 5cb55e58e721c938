import { describe, expect, it } from 'vitest';
import { generateFlow } from './generate';
import { parseFlowText, serialiseFlow } from './serialise';
import { fixtureDescriptors } from './testFixtures';
import { validateGraph } from './validate';

const descriptors = fixtureDescriptors();

describe('generateFlow', () => {
  it('makes a 500-node call flow in which validateGraph finds nothing wrong', () => {
    const flow = generateFlow(500, 7);
    expect(flow.nodes).toHaveLength(500);
    expect(validateGraph(flow, descriptors)).toEqual([]);
  });

  it.each([3, 4, 10, 57, 1000])('makes exactly %i valid nodes', (count) => {
    const flow = generateFlow(count, count);
    expect(flow.nodes).toHaveLength(count);
    expect(validateGraph(flow, descriptors).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('starts with incoming call and answer, branches with menus, and ends every branch with hang up', () => {
    const flow = generateFlow(500, 3);
    expect(flow.nodes.slice(0, 2).map((n) => n.type)).toEqual(['telephony.incoming-call@1', 'telephony.answer@1']);
    const types = new Set(flow.nodes.map((n) => n.type));
    for (const type of ['telephony.say@1', 'telephony.menu@1', 'telephony.gather@1', 'control.decision@1', 'control.set-variable@1']) expect(types).toContain(type);
    const leaving = new Set(flow.edges.map((e) => e.from));
    for (const node of flow.nodes) expect(leaving.has(node.id)).toBe(node.type !== 'telephony.hangup@1');
  });

  it('puts every node on its own grid position', () => {
    const flow = generateFlow(500, 5);
    const positions = flow.nodes.map((n) => `${n.position!.x},${n.position!.y}`);
    expect(new Set(positions).size).toBe(500);
    for (const node of flow.nodes) expect(node.position!.x % 260 === 0 && node.position!.y % 140 === 0).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(serialiseFlow(generateFlow(200, 11))).toBe(serialiseFlow(generateFlow(200, 11)));
    expect(serialiseFlow(generateFlow(200, 11))).not.toBe(serialiseFlow(generateFlow(200, 12)));
  });

  it('writes a flow file that reads back as the same flow', () => {
    const flow = generateFlow(100);
    const parsed = parseFlowText(serialiseFlow(flow));
    expect(parsed.ok && serialiseFlow(parsed.flow)).toBe(serialiseFlow(flow));
  });
});
