// Large flows draw only the blocks on screen. React Flow still draws every block once to measure its handles,
// unless it is told where they are: a large flow's blocks start with estimated handle positions (outcomes spread
// along the bottom edge, the input at the top), replaced by the measured ones as soon as a block is drawn.
import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { ActivityDescriptor } from '../model/descriptors';
import type { CanvasNode } from '../model/graph';
import { nodeOutcomes } from '../model/outcomes';

/** Above this many blocks only the blocks on screen are drawn. */
export const LARGE_FLOW = 200;

export const BLOCK_SIZE = { width: 220, height: 80 };

export function withEstimatedHandles(node: CanvasNode, descriptor: ActivityDescriptor | undefined): CanvasNode {
  const { width, height } = BLOCK_SIZE;
  const outcomes = descriptor ? nodeOutcomes(descriptor, node.data.inputs) : [];
  const handles: NodeHandle[] = outcomes.map((id, i) => ({
    id, type: 'source', position: Position.Bottom, x: ((i + 0.5) * width) / outcomes.length - 4, y: height - 4, width: 9, height: 9,
  }));
  if (!descriptor?.isTrigger) handles.push({ id: null, type: 'target', position: Position.Top, x: width / 2 - 5, y: -5, width: 10, height: 10 });
  return { ...node, handles };
}

/** A block React Flow has measured keeps its measured handles from then on. */
export function withoutEstimatedHandles(node: CanvasNode): CanvasNode {
  if (!node.handles) return node;
  const { handles: _estimated, ...measured } = node;
  return measured;
}
