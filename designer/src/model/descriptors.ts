// Activity descriptors as GET /api/activities returns them: they drive the palette, the node's
// handles and the property panel.

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  /** The value may be a `{{ }}` template or `js:` script. */
  'x-expression'?: boolean;
  /** `javascript` when a new value should start as a script. */
  'x-default-syntax'?: string;
  /** `multiline`, `code`, … */
  'x-editor'?: string;
  [key: string]: unknown;
}

export interface OutputDescriptor {
  name: string;
  type: string;
  description: string | null;
}

export interface ActivityDescriptor {
  type: string;
  version: number;
  typeId: string;
  category: string;
  displayName: string;
  description: string | null;
  outcomes: string[];
  /** One extra outcome per row of list input `input`, named by the row's `field`. */
  dynamicOutcomes: { input: string; field: string } | null;
  outputs: OutputDescriptor[];
  inputSchema: JsonSchema;
  waits: boolean;
  isTrigger: boolean;
  source: string;
}

/** Finds the descriptor of a node type (`telephony.say@1`, or `telephony.say` for the latest version). */
export function findDescriptor(descriptors: readonly ActivityDescriptor[], nodeType: string): ActivityDescriptor | undefined {
  const at = nodeType.lastIndexOf('@');
  if (at > 0) return descriptors.find((d) => d.typeId === nodeType);
  let best: ActivityDescriptor | undefined;
  for (const d of descriptors) if (d.type === nodeType && (!best || d.version > best.version)) best = d;
  return best;
}
