// Checks a flow's graph the way the server's compiler does, so the designer can show problems
// before saving: activities, inputs, edges, duplicate ids and reachability.
import { findDescriptor, type ActivityDescriptor } from './descriptors';
import type { FlowDefinition, FlowNode } from './flow';
import { checkInputs } from './inputChecks';
import { nodeOutcomes } from './outcomes';

/** One thing wrong with a flow, in the shape of the server's validation problems. */
export interface GraphProblem {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  nodeId: string | null;
  /** The input's name, when the problem is about one input. */
  field?: string;
  message: string;
}

/** How messages name a node: its label, else its id. */
function nameOf(node: Pick<FlowNode, 'id' | 'label'>): string {
  return node.label ? `'${node.label}'` : `'${node.id}'`;
}

function checkNodes(flow: FlowDefinition, descriptors: readonly ActivityDescriptor[], problems: GraphProblem[]): void {
  const seen = new Set<string>();
  flow.nodes.forEach((node, i) => {
    const path = `$.nodes[${i}]`;
    if (!node.id) problems.push({ severity: 'error', code: 'missing-field', path: `${path}.id`, nodeId: null, message: `Node ${i + 1} has no id; give it one.` });
    else if (seen.has(node.id)) problems.push({ severity: 'error', code: 'duplicate-id', path: `${path}.id`, nodeId: node.id, message: `Node id '${node.id}' is used by more than one node; give each node its own id.` });
    seen.add(node.id);
    const descriptor = findDescriptor(descriptors, node.type);
    if (!descriptor) {
      problems.push({ severity: 'error', code: 'unknown-activity', path: `${path}.type`, nodeId: node.id, message: `Node ${nameOf(node)} uses activity '${node.type}', which this server does not have; replace the node or install the plugin.` });
      return;
    }
    for (const issue of checkInputs(node.inputs ?? {}, descriptor.inputSchema)) {
      problems.push({ severity: issue.severity, code: issue.code, path: `${path}.inputs.${issue.field}`, nodeId: node.id, field: issue.field, message: `Node ${nameOf(node)} ${issue.detail}` });
    }
  });
}

function checkEdges(flow: FlowDefinition, descriptors: readonly ActivityDescriptor[], problems: GraphProblem[]): void {
  const nodes = new Map<string, FlowNode>();
  for (const node of flow.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const outcomesOf = new Map<string, string[] | undefined>();
  const used = new Set<string>();
  flow.edges.forEach((edge, i) => {
    const path = `$.edges[${i}]`;
    const from = nodes.get(edge.from);
    if (!from) problems.push({ severity: 'error', code: 'missing-node', path: `${path}.from`, nodeId: edge.from, message: `An edge starts at node '${edge.from}', which does not exist; delete the edge.` });
    if (!nodes.has(edge.to)) problems.push({ severity: 'error', code: 'missing-node', path: `${path}.to`, nodeId: edge.from, message: `The edge from '${edge.from}' (${edge.outcome}) goes to node '${edge.to}', which does not exist; connect it to another node.` });
    if (!from) return;
    if (!outcomesOf.has(from.id)) {
      const descriptor = findDescriptor(descriptors, from.type);
      outcomesOf.set(from.id, descriptor && nodeOutcomes(descriptor, from.inputs ?? {}));
    }
    const outcomes = outcomesOf.get(from.id);
    if (outcomes && !outcomes.includes(edge.outcome)) {
      const choices = outcomes.length ? `: ${outcomes.join(', ')}` : '; it has none';
      problems.push({ severity: 'error', code: 'unknown-outcome', path: `${path}.outcome`, nodeId: from.id, message: `Node ${nameOf(from)} has no outcome '${edge.outcome}'; connect one of its outcomes instead${choices}.` });
    }
    const key = JSON.stringify([edge.from, edge.outcome]);
    if (used.has(key)) problems.push({ severity: 'error', code: 'duplicate-edge', path: `${path}.outcome`, nodeId: from.id, message: `Outcome '${edge.outcome}' of node ${nameOf(from)} is connected more than once; an outcome leads to one node, so delete the extra edge.` });
    used.add(key);
  });
}

function checkReachability(flow: FlowDefinition, problems: GraphProblem[]): void {
  const start = flow.start ?? flow.nodes[0]?.id;
  if (start === undefined) return;
  if (!flow.nodes.some((n) => n.id === start)) {
    problems.push({ severity: 'error', code: 'missing-node', path: '$.start', nodeId: start, message: `The start node '${start}' does not exist; choose another start node.` });
    return;
  }
  const next = new Map<string, string[]>();
  for (const edge of flow.edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const reached = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const to of next.get(queue.shift()!) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  const reported = new Set<string>();
  flow.nodes.forEach((node, i) => {
    if (!node.id || reached.has(node.id) || reported.has(node.id)) return;
    reported.add(node.id);
    problems.push({ severity: 'warning', code: 'unreachable-node', path: `$.nodes[${i}]`, nodeId: node.id, message: `Node ${nameOf(node)} cannot be reached from the start node '${start}'; connect it or delete it.` });
  });
}

/** One word of letters and digits, as the server matches the first word of an inbound SMS. */
export const SMS_KEYWORD = /^[\p{L}\p{Nd}]+$/u;

function checkTrigger(flow: FlowDefinition, problems: GraphProblem[]): void {
  const trigger = flow.trigger;
  if (trigger?.type !== 'sms') return;
  const keyword = trigger.keyword?.trim() ?? '';
  if (keyword === '')
    problems.push({ severity: 'error', code: 'missing-field', path: '$.trigger.keyword', nodeId: null, message: 'An SMS trigger needs a keyword: the first word of the messages that start this flow, e.g. JOIN.' });
  else if (!SMS_KEYWORD.test(keyword))
    problems.push({ severity: 'error', code: 'invalid-keyword', path: '$.trigger.keyword', nodeId: null, message: `SMS keyword '${trigger.keyword}' must be one word of letters and digits, e.g. JOIN.` });
}

/** Every problem with the flow's graph: errors stop it running, warnings are worth a look. */
export function validateGraph(flow: FlowDefinition, descriptors: readonly ActivityDescriptor[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (flow.nodes.length === 0) problems.push({ severity: 'error', code: 'no-nodes', path: '$.nodes', nodeId: null, message: 'The flow has no nodes: add at least one activity.' });
  checkNodes(flow, descriptors, problems);
  checkEdges(flow, descriptors, problems);
  checkReachability(flow, problems);
  checkTrigger(flow, problems);
  return problems;
}
