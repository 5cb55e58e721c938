// A flow drawn as in the editor but read-only, with the path an instance took lit up (instance page).
// It shows the flow through the editor store, which holds the one flow on screen.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { FlowDefinition } from '../../model/flow';
import { useEditor } from '../../store/editorStore';
import { loadDescriptors } from '../../store/openFlow';
import { Canvas } from '../Canvas/Canvas';

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

export function ReadOnlyCanvas({ flow, visited = [], taken = [], current = null, faulted = null, onNodeClick }: ReadOnlyCanvasProps) {
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadDescriptors().then(
      (descriptors) => {
        if (cancelled) return;
        useEditor.getState().open(flow, descriptors, { status: flow.status, revision: 0, publishedVersion: null, latestVersion: null }, true);
        setReady(true);
      },
      (e: Error) => setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [flow]);

  const visitedKey = visited.join(','), takenKey = taken.join(',');
  useEffect(() => {
    if (ready) useEditor.getState().setLit({ visited, taken, current, faulted });
    // The arrays are compared by content: a poll that brings the same journal changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, visitedKey, takenKey, current, faulted]);

  if (error) return <div className="field-error" role="alert">Cannot draw the flow: {error}</div>;
  if (!ready) return <div className="muted">Drawing the flow…</div>;
  return (
    <div className="readonly-canvas" data-testid="readonly-canvas">
      <ReactFlowProvider>
        <Canvas onNodeClick={onNodeClick} />
      </ReactFlowProvider>
    </div>
  );
}
