// The editor's canvas: the open flow's blocks and edges from the editor store, blocks dropped from
// the palette, outcome handles connected to blocks, a minimap and zoom controls.
import { Background, Controls, MiniMap, ReactFlow, getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi, type Connection, type Viewport } from '@xyflow/react';
import type { CanvasEdge, CanvasNode } from '../../model/graph';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useEditor } from '../../store/editorStore';
import { LARGE_FLOW } from '../../store/largeFlows';
import { ActivityNode } from '../ActivityNode/ActivityNode';
import { PALETTE_DRAG_TYPE } from '../Palette/dragType';

const nodeTypes = { activity: ActivityNode };
const OPENING_BLOCKS = 12;
/** A flow that fits on a screen needs no minimap. */
const MINIMAP_FROM = 12;

export function Canvas({ onNodeClick }: { onNodeClick?: (nodeId: string) => void } = {}) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const lit = useEditor((s) => s.lit);
  const readOnly = useEditor((s) => s.readOnly);
  const { onNodesChange, onEdgesChange, connect, addNode, beginChange } = useEditor.getState();
  const flow = useReactFlow();
  // The view the flow opens at is computed once the canvas's own size is known (before the first paint).
  const host = useRef<HTMLDivElement>(null);
  const [openAt, setOpenAt] = useState<{ viewport?: Viewport } | null>(null);
  useLayoutEffect(() => {
    const box = host.current!.getBoundingClientRect();
    setOpenAt({ viewport: openingView(useEditor.getState(), box.width, box.height) });
  }, []);

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
    <div className="canvas" data-testid="canvas" ref={host} onDragOver={onDragOver} onDrop={onDrop}>
      {openAt && <ReactFlow
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
        defaultViewport={openAt.viewport}
        minZoom={0.1}
      >
        <Background gap={20} />
        {nodes.length > MINIMAP_FROM && <MiniMap pannable zoomable className="minimap" />}
        <Controls showInteractive={false} />
      </ReactFlow>}
    </div>
  );
}

/** How the canvas opens: fitted to the whole flow when it is small; on a large flow, its first blocks from
 * the start at a readable zoom (only the blocks on screen are drawn; the minimap shows the rest). The view is
 * computed from the blocks' positions and usual size, so the first frame is already in place (no refit after
 * measuring). An empty canvas keeps zoom 1 so the first dropped block stays where it was dropped. */
function openingView(s: { nodes: CanvasNode[]; edges: { source: string; target: string }[]; settings: { start?: string } }, width: number, height: number): Viewport | undefined {
  if (s.nodes.length === 0) return undefined;
  let shown = s.nodes;
  if (s.nodes.length > LARGE_FLOW) {
    const start = s.settings.start ?? s.nodes[0].id;
    const next = new Map<string, string[]>();
    for (const e of s.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    const seen = new Set([start]);
    for (const queue = [start]; queue.length > 0 && seen.size < OPENING_BLOCKS;) {
      for (const to of next.get(queue.shift()!) ?? []) if (!seen.has(to) && seen.size < OPENING_BLOCKS) { seen.add(to); queue.push(to); }
    }
    shown = s.nodes.filter((n) => seen.has(n.id));
  }
  const bounds = getNodesBounds(shown.map((n) => ({ ...n, measured: { width: n.initialWidth, height: n.initialHeight } })));
  return s.nodes.length > LARGE_FLOW ? getViewportForBounds(bounds, width, height, 0.6, 1, 0.1) : getViewportForBounds(bounds, width, height, 0.1, 1, 0.1);
}

/** Marks (Performance API) the first frame in which the blocks on screen are drawn and measured: the canvas
 * is usable from then on. bench/designer reads the mark; the browser's own tools show it too. */
function useInteractiveMark() {
  const count = useEditor((s) => s.nodes.length);
  const canvas = useStoreApi();
  useEffect(() => {
    let frame = 0;
    const check = () => {
      if (performance.getEntriesByName('flowbuilder:canvas-interactive').length > 0) return;
      const drawn = document.querySelectorAll<HTMLElement>('.react-flow__node');
      const edgesExpected = useEditor.getState().edges.length > 0;
      const ready = count === 0 || (!canvas.getState().fitViewQueued && drawn.length > 0 && [...drawn].every((n) => n.style.visibility !== 'hidden')
        && (!edgesExpected || document.querySelector('.react-flow__edge') !== null));
      if (ready) performance.mark('flowbuilder:canvas-interactive');
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [count, canvas]);
}
