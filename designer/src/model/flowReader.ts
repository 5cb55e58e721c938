// Reads flow file text into a FlowDefinition the way the server does (comments and trailing
// commas allowed, property names matched regardless of case, enums regardless of case, null as
// absent), reporting every structural problem by JSON path rather than stopping at the first.
import type { FlowDefinition, FlowEdge, FlowInput, FlowNode, FlowTrigger, FlowVariable, JsonValue, NodePosition, RetryPolicy, ValueType } from './flow';
import { readJson } from './jsonReader';

/** One thing wrong with a flow file: the JSON path at fault (`$` for malformed JSON) and what. */
export interface ParseProblem {
  path: string;
  message: string;
}

/** A flow read from text, or every problem that stops it being read. */
export type ParseResult = { ok: true; flow: FlowDefinition } | { ok: false; problems: ParseProblem[] };

type JsonObject = { [key: string]: JsonValue };

const VALUE_TYPES: readonly ValueType[] = ['any', 'string', 'number', 'boolean', 'object', 'array'];
const STATUSES = ['draft', 'published', 'archived'] as const;
const TRIGGER_TYPES = ['manual', 'webhook', 'call', 'schedule', 'sms'] as const;
const BACKOFFS = ['constant', 'linear', 'exponential'] as const;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Reads the properties of one JSON object, collecting problems under its path. */
class ObjectReader {
  constructor(private readonly object: JsonObject, readonly path: string, private readonly problems: ParseProblem[]) {}

  problem(name: string, message: string): void {
    this.problems.push({ path: `${this.path}.${name}`, message });
  }

  /** The property's value, matching the name regardless of case as the server does; null counts as absent. */
  raw(name: string): JsonValue | undefined {
    let value: JsonValue | undefined = this.object[name];
    if (value === undefined && !Object.hasOwn(this.object, name)) {
      const key = Object.keys(this.object).find((k) => k.toLowerCase() === name.toLowerCase());
      value = key === undefined ? undefined : this.object[key];
    }
    return value === null ? undefined : value;
  }

  string(name: string, required: boolean): string | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      if (required) this.problem(name, 'required string');
      return undefined;
    }
    if (typeof value !== 'string') this.problem(name, `must be a string, not ${kindOf(value)}`);
    return typeof value === 'string' ? value : undefined;
  }

  /** A number (numeric strings accepted, as the server's web defaults do); `integer` rejects fractions. */
  number(name: string, integer: boolean): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) this.problem(name, `must be a number, not ${kindOf(value)}`);
    else if (integer && !Number.isInteger(number)) this.problem(name, `must be a whole number, not ${number}`);
    else return number;
    return undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.problem(name, `must be true or false, not ${kindOf(value)}`);
    return typeof value === 'boolean' ? value : undefined;
  }

  /** One of `allowed`, matched regardless of case and returned as written in `allowed`. */
  choice<T extends string>(name: string, allowed: readonly T[], what: string): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const match = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
    if (match === undefined) this.problem(name, `unknown ${what} ${JSON.stringify(value)}; use one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
    return match;
  }

  /** A nested object property read by `read`; absent gives undefined. */
  nested<T>(name: string, read: (reader: ObjectReader) => T): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (!isObject(value)) {
      this.problem(name, `must be an object, not ${kindOf(value)}`);
      return undefined;
    }
    return read(new ObjectReader(value, `${this.path}.${name}`, this.problems));
  }

  /** Each item of an array property read by `item`; absent is an empty list; non-object items are reported. */
  list<T>(name: string, item: (reader: ObjectReader) => T | undefined): T[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problem(name, `must be an array, not ${kindOf(value)}`);
      return [];
    }
    const result: T[] = [];
    value.forEach((entry, i) => {
      const path = `${this.path}.${name}[${i}]`;
      if (!isObject(entry)) this.problems.push({ path, message: `must be an object, not ${kindOf(entry)}` });
      else {
        const read = item(new ObjectReader(entry, path, this.problems));
        if (read !== undefined) result.push(read);
      }
    });
    return result;
  }
}

/** Copies only the properties that have a value, so absent optional fields stay absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readVariable(r: ObjectReader): FlowVariable {
  return compact({ name: r.string('name', true) ?? '', type: r.choice('type', VALUE_TYPES, 'value type') ?? 'any', default: r.raw('default') });
}

function readInput(r: ObjectReader): FlowInput {
  return compact({
    name: r.string('name', true) ?? '',
    type: r.choice('type', VALUE_TYPES, 'value type') ?? 'any',
    required: r.boolean('required') ?? false,
    default: r.raw('default'),
    description: r.string('description', false),
  });
}

function readTrigger(r: ObjectReader): FlowTrigger {
  return compact({
    type: r.choice('type', TRIGGER_TYPES, 'trigger type') ?? 'manual',
    path: r.string('path', false),
    synchronous: r.boolean('synchronous') || undefined,
    signed: r.boolean('signed') || undefined,
    number: r.string('number', false),
    cron: r.string('cron', false),
    keyword: r.string('keyword', false),
  });
}

function readPosition(r: ObjectReader): NodePosition {
  return { x: r.number('x', false) ?? 0, y: r.number('y', false) ?? 0 };
}

function readRetry(r: ObjectReader): RetryPolicy {
  return { maxAttempts: r.number('maxAttempts', true) ?? 3, delayMs: r.number('delayMs', true) ?? 1000, backoff: r.choice('backoff', BACKOFFS, 'backoff') ?? 'exponential' };
}

function readNode(r: ObjectReader): FlowNode {
  const inputs = r.raw('inputs');
  if (inputs !== undefined && !isObject(inputs)) r.problem('inputs', `must be an object of input values, not ${kindOf(inputs)}`);
  return compact({
    id: r.string('id', true) ?? '',
    type: r.string('type', true) ?? '',
    label: r.string('label', false),
    position: r.nested('position', readPosition),
    inputs: isObject(inputs) ? inputs : {},
    retry: r.nested('retry', readRetry),
  });
}

function readEdge(r: ObjectReader): FlowEdge {
  return compact({ id: r.string('id', false), from: r.string('from', true) ?? '', outcome: r.string('outcome', false) ?? 'done', to: r.string('to', true) ?? '' });
}

function readFlow(r: ObjectReader): FlowDefinition {
  return compact({
    $schema: r.string('$schema', false),
    id: r.string('id', true) ?? '',
    name: r.string('name', true) ?? '',
    description: r.string('description', false),
    version: r.number('version', true) ?? 0,
    status: r.choice('status', STATUSES, 'status') ?? 'draft',
    variables: r.list('variables', readVariable),
    inputs: r.list('inputs', readInput),
    trigger: r.nested('trigger', readTrigger),
    start: r.string('start', false),
    nodes: r.list('nodes', readNode),
    edges: r.list('edges', readEdge),
    metadata: r.raw('metadata'),
  });
}

/** Problems of the graph's references: duplicate node ids, and start or edges naming missing nodes. */
function checkReferences(flow: FlowDefinition, problems: ParseProblem[]): void {
  const ids = new Set<string>();
  flow.nodes.forEach((node, i) => {
    if (node.id !== '' && ids.has(node.id)) problems.push({ path: `$.nodes[${i}].id`, message: `duplicate node id '${node.id}'; node ids must be unique` });
    ids.add(node.id);
  });
  if (flow.start !== undefined && !ids.has(flow.start)) problems.push({ path: '$.start', message: `start node '${flow.start}' does not exist` });
  flow.edges.forEach((edge, i) => {
    for (const end of ['from', 'to'] as const) {
      if (edge[end] !== '' && !ids.has(edge[end])) problems.push({ path: `$.edges[${i}].${end}`, message: `node '${edge[end]}' does not exist` });
    }
  });
}

/** Parses flow file text; on failure lists every problem found (malformed JSON is one problem at `$`). */
export function parseFlowText(text: string): ParseResult {
  const json = readJson(text);
  if (!json.ok) return { ok: false, problems: [{ path: '$', message: `Malformed JSON at line ${json.line}, column ${json.column}: ${json.message}` }] };
  if (!isObject(json.value)) return { ok: false, problems: [{ path: '$', message: `A flow file must be a JSON object, not ${kindOf(json.value)}` }] };
  const problems: ParseProblem[] = [];
  const flow = readFlow(new ObjectReader(json.value, '$', problems));
  checkReferences(flow, problems);
  return problems.length === 0 ? { ok: true, flow } : { ok: false, problems };
}
