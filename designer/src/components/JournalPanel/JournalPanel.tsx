import { Fragment, useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../api/views';
import { JsonView } from '../JsonView/JsonView';

export interface JournalPanelProps {
  entries: JournalEntry[];
  /** Rows of this node are highlighted, and the first one scrolled into view. */
  selectedNodeId?: string | null;
  /** The node's label for the Node column (default: its id). */
  nodeLabel?: (nodeId: string) => string;
}

/** An instance's journal: one row per step, with its inputs, outputs and error on demand. */
export function JournalPanel({ entries, selectedNodeId = null, nodeLabel = (id) => id }: JournalPanelProps) {
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const body = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (!selectedNodeId) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-node-id="${CSS.escape(selectedNodeId)}"]`);
    row?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selectedNodeId]);

  const toggle = (sequence: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(sequence)) next.delete(sequence);
      else next.add(sequence);
      return next;
    });

  if (entries.length === 0) return <p className="muted" data-testid="journal-empty">No steps yet.</p>;
  return (
    <table className="journal" data-testid="journal">
      <thead>
        <tr><th className="num">#</th><th>Node</th><th>Activity</th><th>Outcome</th><th className="num">Duration</th><th>Started</th><th /></tr>
      </thead>
      <tbody ref={body}>
        {entries.map((e) => {
          const expanded = open.has(e.sequence);
          const selected = e.nodeId === selectedNodeId;
          return (
            <Fragment key={e.sequence}>
              <tr
                data-testid={`journal-row-${e.sequence}`}
                data-node-id={e.nodeId}
                className={[selected ? 'selected' : '', e.error ? 'journal-error' : ''].join(' ').trim() || undefined}
                aria-selected={selected}
              >
                <td className="num">{e.sequence}</td>
                <td title={e.nodeId}>{nodeLabel(e.nodeId)}</td>
                <td><code>{e.activityType}</code></td>
                <td>{e.outcome}</td>
                <td className="num">{e.durationMs.toFixed(1)} ms</td>
                <td title={e.startedAt}>{new Date(e.startedAt).toLocaleTimeString()}</td>
                <td>
                  <button type="button" className="journal-toggle" aria-expanded={expanded} onClick={() => toggle(e.sequence)}
                    aria-label={`${expanded ? 'Hide' : 'Show'} details of step ${e.sequence}`}>
                    {expanded ? 'Hide' : 'Details'}
                  </button>
                </td>
              </tr>
              {e.error && !expanded && (
                <tr className="journal-error-line"><td /><td colSpan={6} className="error-text">{e.error}</td></tr>
              )}
              {expanded && (
                <tr className="journal-detail" data-testid={`journal-detail-${e.sequence}`}>
                  <td />
                  <td colSpan={6}>
                    {e.error && <p className="error-text">{e.error}</p>}
                    <div className="journal-io">
                      <div><h4>Inputs</h4><JsonView value={e.inputs} label={`Inputs of step ${e.sequence}`} /></div>
                      <div><h4>Outputs</h4><JsonView value={e.outputs} label={`Outputs of step ${e.sequence}`} /></div>
                    </div>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
