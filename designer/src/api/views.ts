// What the FlowBuilder REST API answers (camelCase JSON of src/FlowBuilder.Server/*View.cs).
import type { FlowDefinition, FlowStatus, JsonValue, TriggerType } from '../model/flow';

export interface FlowSummary {
  id: string;
  name: string;
  description: string | null;
  status: FlowStatus;
  revision: number;
  latestVersion: number | null;
  publishedVersion: number | null;
  trigger: TriggerType | null;
  updatedAt: string;
}

export interface StoredFlow {
  id: string;
  name: string;
  status: FlowStatus;
  revision: number;
  latestVersion: number | null;
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
  draft: FlowDefinition;
}

export interface ValidationProblem {
  severity: 'error' | 'warning';
  code: string;
  /** JSON path in the flow file, e.g. `$.nodes[2].inputs.text`. */
  path: string;
  nodeId: string | null;
  message: string;
  line: number | null;
  column: number | null;
}

export interface SavedFlow {
  flow: StoredFlow;
  valid: boolean;
  problems: ValidationProblem[];
}

export interface ValidationResult {
  valid: boolean;
  problems: ValidationProblem[];
}

export interface FlowVersion {
  flowId: string;
  version: number;
  note: string | null;
  publishedAt: string;
  retracted: boolean;
  definition: FlowDefinition | null;
}

export interface FlowTemplate {
  id: string;
  name: string;
  description: string | null;
  trigger: TriggerType | null;
  nodeCount: number;
}

export type InstanceStatus = 'running' | 'suspended' | 'completed' | 'faulted' | 'cancelled' | (string & {});

export interface InstanceSummary {
  id: string;
  flowId: string;
  flowVersion: number;
  status: InstanceStatus;
  currentNodeId: string | null;
  waitingOn: string | null;
  fault: string | null;
  correlationId: string | null;
  parentInstanceId: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface InstancePage {
  items: InstanceSummary[];
  total: number;
  skip: number;
  take: number;
}

export interface JournalEntry {
  sequence: number;
  nodeId: string;
  activityType: string;
  outcome: string;
  startedAt: string;
  durationMs: number;
  inputs: JsonValue | null;
  outputs: JsonValue | null;
  error: string | null;
}

export interface Incident {
  id: string;
  flowId: string;
  flowVersion: number;
  nodeId: string | null;
  kind: string;
  message: string;
  occurredAt: string;
}

export interface Instance {
  id: string;
  flowId: string;
  flowVersion: number;
  status: InstanceStatus;
  revision: number;
  currentNodeId: string | null;
  bookmark: { name: string; nodeId?: string; [key: string]: unknown } | null;
  variables: JsonValue | null;
  input: JsonValue | null;
  trigger: JsonValue | null;
  outputs: JsonValue | null;
  result: JsonValue | null;
  fault: string | null;
  faultNodeId: string | null;
  correlationId: string | null;
  stepCount: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  journal: JournalEntry[];
  incidents: Incident[];
}

/** A started instance as far as it got (POST /api/flows/{id}/run). */
export interface RunResult {
  id: string;
  flowId: string;
  status: InstanceStatus;
  result: JsonValue | null;
  fault: string | null;
  faultNodeId: string | null;
  waitingOn: string | null;
}

export interface SimulatedCallEvent {
  /** `said`, `played`, `digit-pressed`, `hung-up`, `answered`, … */
  kind: string;
  at: string;
  text: string | null;
  voice: string | null;
  seconds: number | null;
  by: string | null;
  cause: string | null;
  line: string;
}

export interface SimulatedCall {
  callId: string;
  instanceId: string | null;
  from: string;
  to: string;
  up: boolean;
  events: SimulatedCallEvent[];
}
