// Conversion between a flow definition and the nodes and edges of the React Flow (@xyflow/react v12) canvas.
import type { Edge, Node } from '@xyflow/react';
import type { ActivityDescriptor } from './descriptors';
import type { FlowDefinition, FlowEdge, FlowNode, JsonValue, RetryPolicy } from './flow';
import { autoLayout } from './layout';

/** What a canvas node carries: only the activity's own data, so the flow serialises as data. */
export type ActivityNodeData = {
  type: string;
  label?: string;
  inputs: Record<string, JsonValue>;
  retry?: RetryPolicy;
};

/** A node on the canvas, drawn by the generic `activity` node component. */
export type CanvasNode = Node<ActivityNodeData, 'activity'>;

/** An edge on the canvas: it leaves the source node's handle named after the outcome. */
export type CanvasEdge = Edge & { sourceHandle: string; targetHandle: null };

/** The parts of a canvas node that fromCanvas reads (React Flow's own fields are ignored). */
export type CanvasNodeLike = Pick<CanvasNode, 'id' | 'position' | 'data'>;

/** The parts of a canvas edge that fromCanvas reads; a missing handle means outcome `done`. */
export type CanvasEdgeLike = Pick<Edge, 'id' | 'source' | 'target' | 'sourceHandle'>;

/** The id a canvas edge gets when the flow's edge has none. */
export function derivedEdgeId(edge: Pick<FlowEdge, 'from' | 'outcome' | 'to'>): string {
  return `${edge.from}:${edge.outcome}->${edge.to}`;
}

function nodeData(node: FlowNode): ActivityNodeData {
  const data: ActivityNodeData = { type: node.type, inputs: node.inputs ?? {} };
  if (node.label !== undefined) data.label = node.label;
  if (node.retry !== undefined) data.retry = node.retry;
  return data;
}

/** Canvas ids must be unique: a repeated id gets `~2`, `~3`… */
function uniqueIds(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}~${n}`;
    used.add(unique);
    return unique;
  });
}

/**
 * The canvas nodes and edges of a flow. Nodes without a position are placed by autoLayout.
 * (`descriptors` is accepted for the canvas's call shape; the handles come from nodeOutcomes.)
 */
export function toCanvas(flow: FlowDefinition, _descriptors?: readonly ActivityDescriptor[]): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const edges = flow.edges ?? [];
  const unplaced = flow.nodes.some((n) => n.position === undefined);
  const layout = unplaced ? autoLayout(flow.nodes, edges.map((e) => ({ source: e.from, target: e.to }))) : undefined;
  const nodes = flow.nodes.map<CanvasNode>((node) => ({
    id: node.id,
    type: 'activity',
    position: node.position ? { x: node.position.x, y: node.position.y } : (layout?.get(node.id) ?? { x: 0, y: 0 }),
    data: nodeData(node),
  }));
  const ids = uniqueIds(edges.map((e) => e.id ?? derivedEdgeId(e)));
  const canvasEdges = edges.map<CanvasEdge>((edge, i) => ({ id: ids[i], source: edge.from, target: edge.to, sourceHandle: edge.outcome, targetHandle: null }));
  return { nodes, edges: canvasEdges };
}

/**
 * The flow the canvas shows: `base` with its nodes and edges replaced by the canvas's, in canvas
 * order. Edge ids are kept only for edges whose id `base` itself had.
 */
export function fromCanvas(base: FlowDefinition, nodes: readonly CanvasNodeLike[], edges: readonly CanvasEdgeLike[]): FlowDefinition {
  const explicitIds = new Set(base.edges.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  const flowNodes = nodes.map<FlowNode>(({ id, position, data }) => {
    const node: FlowNode = { id, type: data.type, position: { x: position.x, y: position.y }, inputs: data.inputs ?? {} };
    if (data.label !== undefined) node.label = data.label;
    if (data.retry !== undefined) node.retry = data.retry;
    return node;
  });
  const flowEdges = edges.map<FlowEdge>((edge) => {
    const link = { from: edge.source, outcome: edge.sourceHandle ?? 'done', to: edge.target };
    return explicitIds.has(edge.id) ? { id: edge.id, ...link } : link;
  });
  return { ...base, nodes: flowNodes, edges: flowEdges };
}
