import type { FlowDefinition } from '../../model/flow';

/** Props of the read-only canvas: a flow drawn as on the editor, with the path an instance took lit up. */
export interface ReadOnlyCanvasProps {
  flow: FlowDefinition;
  /** Node ids in the order the instance visited them (journal order). */
  visited?: string[];
  /** Edges taken, as `${from}:${outcome}`. */
  taken?: string[];
  /** The node the instance is at now (running/suspended). */
  current?: string | null;
  /** The node that faulted. */
  faulted?: string | null;
  /** Called when a node is clicked (e.g. to scroll the journal to it). */
  onNodeClick?: (nodeId: string) => void;
}

// Placeholder until the editor's canvas lands: lists the nodes.
export function ReadOnlyCanvas({ flow, visited = [] }: ReadOnlyCanvasProps) {
  return (
    <ul data-testid="readonly-canvas">
      {flow.nodes.map((n) => <li key={n.id} data-lit={visited.includes(n.id)}>{n.label ?? n.id}</li>)}
    </ul>
  );
}
