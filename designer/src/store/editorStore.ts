// The open flow in the editor: its canvas (nodes, edges), its settings, selection, undo/redo, and
// what the server said of it (revision, validation problems). Saving lives in saveController.ts.
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { ValidationProblem } from '../api/views';
import { findDescriptor, type ActivityDescriptor } from '../model/descriptors';
import type { FlowDefinition, JsonValue } from '../model/flow';
import { fromCanvas, toCanvas, type CanvasEdge, type CanvasNode } from '../model/graph';
import { autoLayout } from '../model/layout';
import { createHistory } from '../model/history';
import { nodeOutcomes } from '../model/outcomes';
import { BLOCK_SIZE, LARGE_FLOW, withEstimatedHandles, withoutEstimatedHandles } from './largeFlows';

/** The part of the editor state undo/redo restores. */
interface Snapshot {
  settings: FlowDefinition;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** The path a test run or instance took, lit on the canvas. */
export interface LitPath {
  visited: string[];
  taken: string[];
  current?: string | null;
  faulted?: string | null;
}

export interface FlowMeta {
  status: string;
  revision: number;
  publishedVersion: number | null;
  latestVersion: number | null;
}

/** A node's validation errors, as its badge shows them. */
export interface NodeProblems {
  count: number;
  text: string;
}

interface EditorState {
  descriptors: ActivityDescriptor[];
  /** Descriptors by node type (`telephony.say@1`, and `telephony.say` for the latest): one lookup per node per render. */
  descriptorIndex: Map<string, ActivityDescriptor>;
  /** Server errors by node id. */
  problemIndex: Map<string, NodeProblems>;
  /** The lit path as a set, for the nodes to look themselves up in. */
  litNodes: Set<string>;
  /** The flow's settings and everything that is not on the canvas; nodes/edges here are stale. */
  settings: FlowDefinition;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  meta: FlowMeta;
  readOnly: boolean;
  /** Bumped on every change of the flow document; the save controller watches it. */
  changeCount: number;
  serverProblems: ValidationProblem[];
  lit: LitPath | null;
  canUndo: boolean;
  canRedo: boolean;

  open(definition: FlowDefinition, descriptors: ActivityDescriptor[], meta: FlowMeta, readOnly: boolean): void;
  onNodesChange(changes: NodeChange<CanvasNode>[]): void;
  onEdgesChange(changes: EdgeChange<CanvasEdge>[]): void;
  beginChange(): void;
  connect(source: string, outcome: string, target: string): void;
  addNode(type: string, position: { x: number; y: number }): string | null;
  setInput(nodeId: string, name: string, value: JsonValue | undefined): void;
  setLabel(nodeId: string, label: string): void;
  updateSettings(patch: Partial<FlowDefinition>): void;
  deleteSelection(): void;
  copySelection(): void;
  paste(): void;
  selectAll(): void;
  select(nodeId: string | null): void;
  undo(): void;
  redo(): void;
  /** Arranges the blocks top to bottom (dagre). */
  layout(): Promise<void>;
  setMeta(meta: Partial<FlowMeta>): void;
  setServerProblems(problems: ValidationProblem[]): void;
  setLit(lit: LitPath | null): void;
  /** The flow as the server stores it. */
  definition(): FlowDefinition;
}

const history = createHistory<Snapshot>(200);
let clipboard: { nodes: CanvasNode[]; edges: CanvasEdge[] } | null = null;

export const useEditor = create<EditorState>((set, get) => {
  const snapshot = (): Snapshot => ({ settings: get().settings, nodes: get().nodes, edges: get().edges });
  let lastCoalesce = { key: '', at: 0 };
  /** Keeps the state before a change for undo; typing into one field within 1.5 s is one step. */
  const remember = (coalesceKey?: string) => {
    const now = Date.now();
    const same = coalesceKey !== undefined && coalesceKey === lastCoalesce.key && now - lastCoalesce.at < 1500;
    lastCoalesce = { key: coalesceKey ?? '', at: now };
    if (same) return;
    history.push(snapshot());
    set({ canUndo: history.canUndo, canRedo: history.canRedo });
  };
  const changed = (patch: Partial<EditorState>) => set((s) => ({ ...patch, changeCount: s.changeCount + 1 }));
  const guard = () => !get().readOnly;

  return {
    descriptors: [],
    descriptorIndex: new Map(),
    problemIndex: new Map(),
    litNodes: new Set(),
    settings: { id: '', name: '', version: 0, status: 'draft', variables: [], inputs: [], nodes: [], edges: [] },
    nodes: [],
    edges: [],
    meta: { status: 'draft', revision: 0, publishedVersion: null, latestVersion: null },
    readOnly: false,
    changeCount: 0,
    serverProblems: [],
    lit: null,
    canUndo: false,
    canRedo: false,

    open(definition, descriptors, meta, readOnly) {
      history.clear();
      const canvas = toCanvas(definition, descriptors);
      const descriptorIndex = indexDescriptors(descriptors);
      const large = canvas.nodes.length > LARGE_FLOW;
      const nodes = canvas.nodes.map((n) => (large ? withEstimatedHandles(withInitialSize(n), descriptorIndex.get(n.data.type)) : withInitialSize(n)));
      set({
        descriptors, descriptorIndex, settings: definition, nodes, edges: canvas.edges,
        meta, readOnly, changeCount: 0, serverProblems: [], problemIndex: new Map(), lit: null, litNodes: new Set(), canUndo: false, canRedo: false,
      });
    },

    onNodesChange(changes) {
      const { nodes } = get();
      const structural = changes.some((c) => c.type === 'remove' || c.type === 'add' || (c.type === 'position' && !c.dragging && c.position));
      if (!guard()) {
        const allowed = changes.filter((c) => c.type === 'select' || c.type === 'dimensions');
        if (allowed.length) {
          const measured = new Set(allowed.flatMap((c) => (c.type === 'dimensions' ? [c.id] : [])));
          set({ nodes: applyNodeChanges(allowed, nodes).map((n) => (measured.has(n.id) ? withoutEstimatedHandles(n) : n)) });
        }
        return;
      }
      if (changes.some((c) => c.type === 'remove')) remember();
      let next = applyNodeChanges(changes, nodes);
      const measured = new Set(changes.flatMap((c) => (c.type === 'dimensions' ? [c.id] : [])));
      if (measured.size > 0) next = next.map((n) => (measured.has(n.id) ? withoutEstimatedHandles(n) : n));
      if (changes.some((c) => c.type === 'remove')) {
        const ids = new Set(next.map((n) => n.id));
        changed({ nodes: next, edges: get().edges.filter((e) => ids.has(e.source) && ids.has(e.target)) });
      } else if (structural) changed({ nodes: next });
      else set({ nodes: next });
    },

    onEdgesChange(changes) {
      if (!guard()) {
        const allowed = changes.filter((c) => c.type === 'select');
        if (allowed.length) set({ edges: applyEdgeChanges(allowed, get().edges) });
        return;
      }
      const removes = changes.some((c) => c.type === 'remove');
      if (removes) remember();
      const edges = applyEdgeChanges(changes, get().edges);
      if (removes) changed({ edges });
      else set({ edges });
    },

    beginChange() {
      if (guard()) remember();
    },

    connect(source, outcome, target) {
      if (!guard()) return;
      remember();
      // One edge per outcome: connecting an outcome again moves its edge.
      const edges = get().edges.filter((e) => !(e.source === source && e.sourceHandle === outcome));
      edges.push({ id: `${source}:${outcome}->${target}`, source, target, sourceHandle: outcome, targetHandle: null });
      changed({ edges });
    },

    addNode(type, position) {
      if (!guard()) return null;
      const descriptor = findDescriptor(get().descriptors, type);
      if (!descriptor) return null;
      remember();
      const id = uniqueId(descriptor.type.split('.').pop() ?? 'node', new Set(get().nodes.map((n) => n.id)));
      const node: CanvasNode = withInitialSize({
        id, type: 'activity', position: { x: Math.round(position.x), y: Math.round(position.y) },
        // No inputs yet: the form shows each default as a placeholder, and the file stays small.
        data: { type: descriptor.typeId, label: descriptor.displayName, inputs: {} }, selected: true,
      });
      changed({ nodes: [...get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node] });
      return id;
    },

    setInput(nodeId, name, value) {
      if (!guard()) return;
      remember(`${nodeId}.inputs.${name}`);
      const nodes = get().nodes.map((n) => {
        if (n.id !== nodeId) return n;
        const inputs = { ...n.data.inputs };
        if (value === undefined) delete inputs[name];
        else inputs[name] = value;
        return { ...n, data: { ...n.data, inputs } };
      });
      // Renamed or removed dynamic outcomes lose their edges.
      const node = nodes.find((n) => n.id === nodeId);
      const descriptor = node && findDescriptor(get().descriptors, node.data.type);
      let edges = get().edges;
      if (node && descriptor?.dynamicOutcomes?.input === name) {
        const outcomes = new Set(nodeOutcomes(descriptor, node.data.inputs));
        edges = edges.filter((e) => e.source !== nodeId || outcomes.has(e.sourceHandle));
      }
      changed({ nodes, edges });
    },

    setLabel(nodeId, label) {
      if (!guard()) return;
      remember(`${nodeId}.label`);
      changed({ nodes: get().nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, label: label === '' ? undefined : label } } : n)) });
    },

    updateSettings(patch) {
      if (!guard()) return;
      remember(`settings.${Object.keys(patch).join(',')}`);
      changed({ settings: { ...get().settings, ...patch } });
    },

    deleteSelection() {
      if (!guard()) return;
      const { nodes, edges } = get();
      const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
      const edgesLeft = edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
      if (gone.size === 0 && edgesLeft.length === edges.length) return;
      remember();
      changed({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: edgesLeft });
    },

    copySelection() {
      const { nodes, edges } = get();
      const picked = nodes.filter((n) => n.selected);
      const ids = new Set(picked.map((n) => n.id));
      if (picked.length === 0) return;
      clipboard = { nodes: structuredClone(picked), edges: structuredClone(edges.filter((e) => ids.has(e.source) && ids.has(e.target))) };
    },

    paste() {
      if (!guard() || !clipboard) return;
      remember();
      const taken = new Set(get().nodes.map((n) => n.id));
      const renamed = new Map<string, string>();
      const pasted = clipboard.nodes.map((n) => {
        const id = uniqueId(n.id.replace(/-\d+$/, ''), taken);
        taken.add(id);
        renamed.set(n.id, id);
        return { ...structuredClone(n), id, selected: true, position: { x: n.position.x + 40, y: n.position.y + 40 } };
      });
      const pastedEdges = clipboard.edges.map((e) => {
        const source = renamed.get(e.source)!, target = renamed.get(e.target)!;
        return { ...e, id: `${source}:${e.sourceHandle}->${target}`, source, target, selected: false };
      });
      // The next paste lands further down and right again.
      clipboard = { ...clipboard, nodes: clipboard.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: n.position.y + 40 } })) };
      changed({ nodes: [...get().nodes.map((n) => ({ ...n, selected: false })), ...pasted], edges: [...get().edges, ...pastedEdges] });
    },

    selectAll() {
      set({ nodes: get().nodes.map((n) => ({ ...n, selected: true })) });
    },

    select(nodeId) {
      set({ nodes: get().nodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })) });
    },

    undo() {
      if (!guard()) return;
      const previous = history.undo(snapshot());
      if (!previous) return;
      changed({ ...previous, canUndo: history.canUndo, canRedo: history.canRedo });
    },

    redo() {
      if (!guard()) return;
      const next = history.redo(snapshot());
      if (!next) return;
      changed({ ...next, canUndo: history.canUndo, canRedo: history.canRedo });
    },

    async layout() {
      if (!guard()) return;
      remember();
      const { nodes, edges } = get();
      const positions = autoLayout(
        nodes.map((n) => ({ id: n.id, width: n.measured?.width, height: n.measured?.height })),
        edges.map((e) => ({ source: e.source, target: e.target })),
      );
      changed({ nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) });
    },

    setMeta(meta) {
      set({ meta: { ...get().meta, ...meta } });
    },

    setServerProblems(serverProblems) {
      const problemIndex = new Map<string, NodeProblems>();
      for (const p of serverProblems) {
        if (p.severity !== 'error' || !p.nodeId) continue;
        const seen = problemIndex.get(p.nodeId);
        problemIndex.set(p.nodeId, seen ? { count: seen.count + 1, text: `${seen.text}\n${p.message}` } : { count: 1, text: p.message });
      }
      set({ serverProblems, problemIndex });
    },

    setLit(lit) {
      set({ lit, litNodes: new Set(lit?.visited ?? []) });
    },

    definition() {
      const { settings, nodes, edges } = get();
      return fromCanvas(settings, nodes, edges);
    },
  };
});

/** Blocks are about this size before they are measured: the minimap and the visible-area culling of large
 * flows use it for blocks not drawn yet. */
function withInitialSize(node: CanvasNode): CanvasNode {
  return { ...node, initialWidth: BLOCK_SIZE.width, initialHeight: BLOCK_SIZE.height };
}

function indexDescriptors(descriptors: ActivityDescriptor[]): Map<string, ActivityDescriptor> {
  const index = new Map<string, ActivityDescriptor>();
  for (const d of descriptors) {
    index.set(d.typeId, d);
    const latest = index.get(d.type);
    if (!latest || latest.version < d.version) index.set(d.type, d);
  }
  return index;
}

function uniqueId(stem: string, taken: Set<string>): string {
  const base = stem.replace(/[^a-zA-Z0-9_-]/g, '-') || 'node';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

// Module-level selectors (STYLE.md): components subscribe to exactly what they draw.
export const selectNodes = (s: EditorState) => s.nodes;
export const selectEdges = (s: EditorState) => s.edges;
export const selectSelectedNode = (s: EditorState) => {
  const selected = s.nodes.filter((n) => n.selected);
  return selected.length === 1 ? selected[0] : null;
};
export const selectSelectedCount = (s: EditorState) => s.nodes.reduce((k, n) => k + (n.selected ? 1 : 0), 0);
