// Automatic top-to-bottom layout of a graph with dagre.
import dagre from '@dagrejs/dagre';

/** Default size of a node on the canvas when it has not been measured. */
export const DEFAULT_NODE_SIZE = { width: 220, height: 64 } as const;

/** A node to place; width and height default to DEFAULT_NODE_SIZE. */
export interface LayoutNode {
  id: string;
  width?: number;
  height?: number;
}

/** A connection between two nodes; edges naming unknown nodes are ignored. */
export interface LayoutEdge {
  source: string;
  target: string;
}

/**
 * Top-left positions (as React Flow uses them, in whole pixels) for each node, laid out top to
 * bottom with 60 px between ranks and 40 px between nodes of a rank.
 */
export function autoLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', ranksep: 60, nodesep: 40 });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map(nodes.map((n) => [n.id, { width: n.width ?? DEFAULT_NODE_SIZE.width, height: n.height ?? DEFAULT_NODE_SIZE.height }]));
  for (const [id, size] of sizes) graph.setNode(id, { ...size });
  edges.forEach((edge, i) => {
    if (sizes.has(edge.source) && sizes.has(edge.target)) graph.setEdge(edge.source, edge.target, {}, String(i));
  });
  dagre.layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, size] of sizes) {
    const { x, y } = graph.node(id);
    positions.set(id, { x: Math.round(x - size.width / 2), y: Math.round(y - size.height / 2) });
  }
  return positions;
}
