// Generates large, valid call flows (for the canvas performance benchmark): incoming call, answer,
// then chains of Say, Menu, Gather, Decision and Set Variable with branches, each branch ending in Hang Up.
import type { FlowDefinition, FlowEdge, FlowNode } from './flow';

/** Grid spacing of generated node positions, in pixels. */
export const GENERATED_GRID = { x: 260, y: 140 } as const;

/** A small deterministic pseudo-random generator (mulberry32): numbers in [0, 1). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A body node and the outcomes that lead on (each needs a next node). */
interface Step {
  node: Omit<FlowNode, 'id' | 'position'>;
  next: string[];
}

const MENU_NAMES = ['sales', 'support', 'billing', 'hours'];

function say(n: number): Step {
  return { node: { type: 'telephony.say@1', label: `Say ${n}`, inputs: { text: `Message number ${n}.` } }, next: ['done'] };
}

function setVariable(n: number): Step {
  return { node: { type: 'control.set-variable@1', label: `Set step ${n}`, inputs: { variable: 'step', value: `js: ${n}` } }, next: ['done'] };
}

function gather(n: number): Step {
  return { node: { type: 'telephony.gather@1', label: `Gather ${n}`, inputs: { prompt: 'Enter your account number, then hash.', maxDigits: 8, terminator: '#' } }, next: ['done'] };
}

function decision(n: number): Step {
  return { node: { type: 'control.decision@1', label: `Decision ${n}`, inputs: { condition: `js: vars.step > ${n % 7}` } }, next: ['true', 'false'] };
}

function menu(n: number, branches: number): Step {
  const names = MENU_NAMES.slice(0, branches);
  const options = names.map((name, i) => ({ digit: String(i + 1), name }));
  const prompt = names.map((name, i) => `Press ${i + 1} for ${name}.`).join(' ');
  return { node: { type: 'telephony.menu@1', label: `Menu ${n}`, inputs: { prompt, options, retries: 2 } }, next: names };
}

/** A step leading on to at most `room` further nodes (one = a chain, more = branches). */
function pickStep(random: () => number, n: number, room: number): Step {
  const roll = random();
  if (room >= 2 && roll < 0.15) return menu(n, Math.min(room, 2 + Math.floor(random() * 3)));
  if (room >= 2 && roll < 0.3) return decision(n);
  if (roll < 0.55) return say(n);
  if (roll < 0.75) return gather(n);
  return setVariable(n);
}

/**
 * A valid call flow of exactly `nodeCount` nodes (at least 3), every node on a grid position;
 * the same seed always gives the same flow.
 */
export function generateFlow(nodeCount: number, seed = 1): FlowDefinition {
  const total = Math.max(3, Math.floor(nodeCount));
  const random = randomFrom(seed);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const columns: number[] = [];
  const place = (node: Omit<FlowNode, 'position'>, depth: number): string => {
    const column = columns[depth] ?? 0;
    columns[depth] = column + 1;
    nodes.push({ ...node, position: { x: column * GENERATED_GRID.x, y: depth * GENERATED_GRID.y } } as FlowNode);
    return node.id;
  };
  place({ id: 'incoming', type: 'telephony.incoming-call@1', label: 'Incoming call', inputs: { number: '+18005550100' } }, 0);
  place({ id: 'answer', type: 'telephony.answer@1', label: 'Answer', inputs: {} }, 1);
  edges.push({ from: 'incoming', outcome: 'done', to: 'answer' });
  const open: { from: string; outcome: string; depth: number }[] = [{ from: 'answer', outcome: 'done', depth: 2 }];
  // Each open outcome will get a node; grow while there is room for more than those closing nodes.
  while (nodes.length + open.length < total) {
    const room = total - nodes.length - open.length;
    const end = open.shift()!;
    const n = nodes.length + 1;
    const step = pickStep(random, n, room);
    const id = place({ id: `${step.node.type.split('.')[1].split('@')[0]}-${n}`, ...step.node }, end.depth);
    edges.push({ from: end.from, outcome: end.outcome, to: id });
    for (const outcome of step.next) open.push({ from: id, outcome, depth: end.depth + 1 });
  }
  for (const end of open) {
    const id = place({ id: `hangup-${nodes.length + 1}`, type: 'telephony.hangup@1', label: 'Hang up', inputs: {} }, end.depth);
    edges.push({ from: end.from, outcome: end.outcome, to: id });
  }
  return {
    id: `generated-${total}-${seed}`,
    name: `Generated flow (${total} nodes, seed ${seed})`,
    version: 0,
    status: 'draft',
    variables: [{ name: 'step', type: 'number', default: 0 }],
    inputs: [],
    trigger: { type: 'call', number: '+18005550100' },
    nodes,
    edges,
  };
}
