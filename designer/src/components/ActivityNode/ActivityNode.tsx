// The one node component: a block whose handles come from its activity descriptor's outcomes
// (including dynamic ones, e.g. a menu's options), with its problems and test-run state drawn on it.
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { CanvasNode } from '../../model/graph';
import { nodeOutcomes } from '../../model/outcomes';
import { useEditor } from '../../store/editorStore';
import { useNodeDecorations } from './useNodeDecorations';

function ActivityNodeView({ id, data, selected }: NodeProps<CanvasNode>) {
  const descriptor = useEditor((s) => s.descriptorIndex.get(data.type));
  const { errorCount, errorText, lit, current, faulted } = useNodeDecorations(id);
  const outcomes = descriptor ? nodeOutcomes(descriptor, data.inputs) : [];
  // React Flow measures handles only when a node resizes: a renamed or added outcome that keeps the
  // node's size would not be connectable until it is told. (On mount it measures them itself.)
  const updateNodeInternals = useUpdateNodeInternals();
  const handleKey = outcomes.join('\n');
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);
  const classes = ['activity-node', `category-${(descriptor?.category ?? 'unknown').toLowerCase()}`];
  if (selected) classes.push('selected');
  if (errorCount) classes.push('has-errors');
  if (lit) classes.push('lit');
  if (current) classes.push('current');
  if (faulted) classes.push('faulted');
  return (
    <div className={classes.join(' ')} data-testid={`node-${id}`} data-lit={lit ? 'true' : 'false'} title={descriptor?.description ?? undefined}>
      {!descriptor?.isTrigger && <Handle type="target" position={Position.Top} className="in-handle" />}
      <div className="activity-node-head">
        <span className="activity-node-kind">{descriptor?.displayName ?? data.type}</span>
        {errorCount > 0 && (
          <span className="activity-node-problems" data-testid={`node-problems-${id}`} title={errorText}>
            {errorCount}
          </span>
        )}
      </div>
      <div className="activity-node-label">{data.label ?? id}</div>
      {!descriptor && <div className="error-text small">Unknown activity type {data.type}</div>}
      <div className="activity-node-outcomes">
        {outcomes.map((outcome) => (
          <div key={outcome} className="outcome" data-testid={`handle-${id}-${outcome}`}>
            <span>{outcome}</span>
            <Handle type="source" id={outcome} position={Position.Bottom} className="out-handle" />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
