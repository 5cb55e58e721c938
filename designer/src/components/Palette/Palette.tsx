// The palette: every activity the server knows, grouped by category, with search. Drag a block onto
// the canvas, or press Enter / double-click to add it in the middle of the view.
import { useReactFlow } from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import type { ActivityDescriptor } from '../../model/descriptors';
import { useEditor } from '../../store/editorStore';
import { PALETTE_DRAG_TYPE } from './dragType';

export function Palette() {
  const descriptors = useEditor((s) => s.descriptors);
  const readOnly = useEditor((s) => s.readOnly);
  const [search, setSearch] = useState('');
  const flow = useReactFlow();
  const groups = useMemo(() => groupByCategory(descriptors, search), [descriptors, search]);

  if (readOnly) return null;

  const addInMiddle = (type: string) => {
    const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    const at = canvas ? flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
    useEditor.getState().addNode(type, { x: at.x - 110, y: at.y - 20 });
  };

  return (
    <aside className="palette" aria-label="Blocks">
      <input type="search" placeholder="Search blocks" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Search blocks" />
      {groups.length === 0 && <p className="muted">No block matches “{search}”.</p>}
      {groups.map(([category, items]) => (
        <section key={category}>
          <h3>{category}</h3>
          {items.map((d) => (
            <div
              key={d.typeId}
              className="palette-item"
              draggable
              tabIndex={0}
              role="button"
              data-testid={`palette-${d.type}`}
              title={d.description ?? d.typeId}
              onDragStart={(e: DragEvent) => {
                e.dataTransfer.setData(PALETTE_DRAG_TYPE, d.typeId);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDoubleClick={() => addInMiddle(d.typeId)}
              onKeyDown={(e) => e.key === 'Enter' && addInMiddle(d.typeId)}
            >
              {d.displayName}
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
}

function groupByCategory(descriptors: ActivityDescriptor[], search: string): [string, ActivityDescriptor[]][] {
  const needle = search.trim().toLowerCase();
  const groups = new Map<string, ActivityDescriptor[]>();
  for (const d of descriptors) {
    const text = `${d.displayName} ${d.type} ${d.category} ${d.description ?? ''}`.toLowerCase();
    if (needle && !text.includes(needle)) continue;
    const list = groups.get(d.category) ?? [];
    list.push(d);
    groups.set(d.category, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
