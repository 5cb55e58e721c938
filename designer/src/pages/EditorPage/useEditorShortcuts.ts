// Keyboard shortcuts of the editor. Keys typed into a field or code editor are left alone.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditor } from '../../store/editorStore';
import { useEditorPanel } from '../../store/editorPanels';
import { saveNow } from '../../store/saveController';

export function useEditorShortcuts() {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, [contenteditable="true"], .cm-editor') || target.isContentEditable)) return;
      const editor = useEditor.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) editor.undo();
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) editor.redo();
      else if (mod && key === 'c') editor.copySelection();
      else if (mod && key === 'v') editor.paste();
      else if (mod && key === 'a') editor.selectAll();
      else if (mod && key === 's') void saveNow();
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) editor.deleteSelection();
      else if (!mod && e.shiftKey && key === 'l') {
        void editor.layout().then(() => requestAnimationFrame(() => void flow.fitView({ duration: 200 })));
      } else if (!mod && e.shiftKey && e.key === '!') flow.fitView({ duration: 200 });
      else if (!mod && e.key === '?') useEditorPanel.getState().showKeys(true);
      else if (e.key === 'Escape') editor.select(null);
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);
}
