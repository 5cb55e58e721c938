// The server's flow file format (src/FlowBuilder.Engine/Definitions, schema at /api/schema/flow).
// Property order in these types is the order the server writes them; serialiseFlow keeps it.

export type FlowStatus = 'draft' | 'published' | 'archived';
export type ValueType = 'any' | 'string' | 'number' | 'boolean' | 'object' | 'array';
export type TriggerType = 'manual' | 'webhook' | 'call' | 'schedule' | 'sms' | (string & {});
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FlowVariable {
  name: string;
  type: ValueType;
  default?: JsonValue;
}

export interface FlowInput {
  name: string;
  type: ValueType;
  required: boolean;
  default?: JsonValue;
  description?: string;
}

export interface FlowTrigger {
  type: TriggerType;
  path?: string;
  synchronous?: boolean;
  /** Webhook: only requests signed with the flow's webhook secret (X-FlowBuilder-Signature) start it. */
  signed?: boolean;
  number?: string;
  cron?: string;
  /** SMS: the first word of an inbound message that starts the flow (one word, letters and digits). */
  keyword?: string;
}

export interface NodePosition {
  x: number;
  y: number;
}

export interface RetryPolicy {
  [key: string]: JsonValue;
}

export interface FlowNode {
  id: string;
  /** Activity type id with optional version, e.g. `control.decision@1`. */
  type: string;
  label?: string;
  position?: NodePosition;
  /** Input name -> literal value, `{{ }}` template or `js:` script. */
  inputs: Record<string, JsonValue>;
  retry?: RetryPolicy;
}

export interface FlowEdge {
  id?: string;
  from: string;
  outcome: string;
  to: string;
}

export interface FlowDefinition {
  $schema?: string;
  id: string;
  name: string;
  description?: string;
  version: number;
  status: FlowStatus;
  variables: FlowVariable[];
  inputs: FlowInput[];
  trigger?: FlowTrigger;
  start?: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
  metadata?: JsonValue;
}

/** A new, empty flow as the designer creates it. */
export function emptyFlow(id: string, name: string): FlowDefinition {
  return { id, name, version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [] };
}
