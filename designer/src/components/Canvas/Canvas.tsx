// The editor's canvas: the open flow's blocks and edges from the editor store, blocks dropped from
// the palette, outcome handles connected to blocks, a minimap and zoom controls.
import { Background, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, type Connection } from '@xyflow/react';
import type { CanvasEdge } from '../../model/graph';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useEditor } from '../../store/editorStore';
import { ActivityNode } from '../ActivityNode/ActivityNode';
import { PALETTE_DRAG_TYPE } from '../Palette/dragType';

const nodeTypes = { activity: ActivityNode };
const LARGE_FLOW = 200;

export function Canvas({ onNodeClick }: { onNodeClick?: (nodeId: string) => void } = {}) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const lit = useEditor((s) => s.lit);
  const readOnly = useEditor((s) => s.readOnly);
  const { onNodesChange, onEdgesChange, connect, addNode, beginChange } = useEditor.getState();
  const flow = useReactFlow();
  // Fit the view to the flow as opened; an empty canvas keeps zoom 1 so the first dropped block stays where it was dropped.
  const [fitOnOpen] = useState(() => useEditor.getState().nodes.length > 0);

  useInteractiveMark();

  const drawnEdges: CanvasEdge[] = useMemo(() => {
    if (!lit) return edges;
    const taken = new Set(lit.taken);
    return edges.map((e) => (taken.has(`${e.source}:${e.sourceHandle}`) ? { ...e, className: 'lit', animated: true } : e));
  }, [edges, lit]);

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.sourceHandle) connect(c.source, c.sourceHandle, c.target);
  }, [connect]);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    const type = e.dataTransfer.getData(PALETTE_DRAG_TYPE);
    if (!type) return;
    e.preventDefault();
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    addNode(type, { x: at.x - 110, y: at.y - 20 });
  }, [flow, addNode]);

  return (
    <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={drawnEdges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeClick={onNodeClick ? (_, node) => onNodeClick(node.id) : undefined}
        onNodeDragStart={beginChange}
        onSelectionDragStart={beginChange}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        onlyRenderVisibleElements={nodes.length > LARGE_FLOW}
        fitView={fitOnOpen}
        fitViewOptions={{ maxZoom: 1 }}
        minZoom={0.1}
      >
        <Background gap={20} />
        <MiniMap pannable zoomable className="minimap" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** Marks (Performance API) the first frame painted after every block was measured: the canvas is usable
 * from then on. bench/designer reads the mark; the browser's own tools show it too. */
function useInteractiveMark() {
  const initialized = useNodesInitialized();
  const empty = useEditor((s) => s.nodes.length === 0);
  useEffect(() => {
    if (!initialized && !empty) return;
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName('flowbuilder:canvas-interactive').length === 0) performance.mark('flowbuilder:canvas-interactive');
    });
    return () => cancelAnimationFrame(frame);
  }, [initialized, empty]);
}
