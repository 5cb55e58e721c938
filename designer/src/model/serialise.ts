// Flow files as the server writes them (System.Text.Json, camelCase, nulls left out, the relaxed
// encoder) and reads them back (parseFlowText, in flowReader.ts).
import type { FlowDefinition, FlowEdge, FlowInput, FlowNode, FlowTrigger, FlowVariable, JsonValue, RetryPolicy } from './flow';
import { DotnetDouble, OrderedObject, writeJson, type JsonNode } from './jsonWriter';

export { parseFlowText, type ParseResult, type ParseProblem } from './flowReader';

type Entry = readonly [string, JsonNode];

/** Entries in order, leaving out those whose value is undefined or null (the server's WhenWritingNull). */
function present(entries: readonly (readonly [string, JsonNode | undefined])[]): OrderedObject {
  return new OrderedObject(entries.filter((entry): entry is Entry => entry[1] !== undefined && entry[1] !== null));
}

function variable(v: FlowVariable): OrderedObject {
  return present([['name', v.name], ['type', v.type], ['default', v.default]]);
}

function input(i: FlowInput): OrderedObject {
  return present([['name', i.name], ['type', i.type], ['required', i.required === true], ['default', i.default], ['description', i.description]]);
}

function trigger(t: FlowTrigger): OrderedObject {
  return present([
    ['type', t.type], ['path', t.path], ['synchronous', t.synchronous ? true : undefined], ['signed', t.signed ? true : undefined],
    ['number', t.number], ['cron', t.cron], ['keyword', t.keyword],
  ]);
}

/** The server's retry record always has all three fields, defaulting to 3 attempts, 1000 ms, exponential. */
function retry(r: RetryPolicy): OrderedObject {
  return present([['maxAttempts', r.maxAttempts ?? 3], ['delayMs', r.delayMs ?? 1000], ['backoff', r.backoff ?? 'exponential']]);
}

function node(n: FlowNode): OrderedObject {
  const position = n.position ? new OrderedObject([['x', new DotnetDouble(n.position.x)], ['y', new DotnetDouble(n.position.y)]]) : undefined;
  return present([['id', n.id], ['type', n.type], ['label', n.label], ['position', position], ['inputs', (n.inputs ?? {}) as JsonValue], ['retry', n.retry ? retry(n.retry) : undefined]]);
}

function edge(e: FlowEdge): OrderedObject {
  return present([['id', e.id], ['from', e.from], ['outcome', e.outcome], ['to', e.to]]);
}

/** The flow file text exactly as the server exports it, whatever the key order of `flow`. */
export function serialiseFlow(flow: FlowDefinition): string {
  return writeJson(
    present([
      ['$schema', flow.$schema],
      ['id', flow.id],
      ['name', flow.name],
      ['description', flow.description],
      ['version', flow.version ?? 0],
      ['status', flow.status ?? 'draft'],
      ['variables', (flow.variables ?? []).map(variable)],
      ['inputs', (flow.inputs ?? []).map(input)],
      ['trigger', flow.trigger ? trigger(flow.trigger) : undefined],
      ['start', flow.start],
      ['nodes', (flow.nodes ?? []).map(node)],
      ['edges', (flow.edges ?? []).map(edge)],
      ['metadata', flow.metadata],
    ]),
  );
}
