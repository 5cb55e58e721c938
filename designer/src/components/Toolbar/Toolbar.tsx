// The editor's toolbar: name, save state, editing commands and the side panels.
import { useReactFlow } from '@xyflow/react';
import { api } from '../../api/client';
import { serialiseFlow } from '../../model/serialise';
import { flowPath, navigate } from '../../router';
import { useCan } from '../../store/authStore';
import { useEditor } from '../../store/editorStore';
import { useEditorPanel, type EditorPanel } from '../../store/editorPanels';
import { saveNow } from '../../store/saveController';
import { downloadText } from './download';
import { SaveIndicator } from './SaveIndicator';

export function Toolbar({ version, onPublish }: { version?: number; onPublish: () => void }) {
  const name = useEditor((s) => s.settings.name);
  const flowId = useEditor((s) => s.settings.id);
  const meta = useEditor((s) => s.meta);
  const readOnly = useEditor((s) => s.readOnly);
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const { panel, show } = useEditorPanel();
  const flow = useReactFlow();
  const { undo, redo, layout } = useEditor.getState();
  const edit = useCan('flows.edit');
  const run = useCan('flows.run');

  const tab = (p: EditorPanel, label: string) => (
    <button type="button" className={panel === p ? 'on' : ''} aria-pressed={panel === p} onClick={() => show(p)}>{label}</button>
  );
  const exportFile = async () => {
    if (!readOnly) await saveNow();
    const text = version ? await api.exportFlow(flowId, version) : serialiseFlow(useEditor.getState().definition());
    downloadText(text, version ? `${flowId}.v${version}.flow.json` : `${flowId}.flow.json`);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor">
      <strong className="flow-name" data-testid="flow-name">{name || flowId}</strong>
      {version ? (
        <span className="status status-published">version {version} (read-only)</span>
      ) : (
        <>
          <span className={`status status-${meta.status}`}>{meta.status}{meta.publishedVersion ? ` · v${meta.publishedVersion} live` : ''}</span>
          <SaveIndicator />
        </>
      )}
      <span className="spacer" />
      {!readOnly && (
        <>
          <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
          <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
          <button type="button" onClick={() => void layout().then(() => requestAnimationFrame(() => void flow.fitView({ duration: 200 })))} title="Arrange the blocks top to bottom (Shift+L)">Auto-layout</button>
        </>
      )}
      <button type="button" onClick={() => flow.fitView({ duration: 200 })} title="Zoom to fit (Shift+1)">Fit</button>
      <span className="divider" />
      {tab('properties', 'Properties')}
      {tab('settings', 'Settings')}
      {tab('versions', 'Versions')}
      {!version && run.allowed && tab('test', 'Test')}
      <span className="divider" />
      <button type="button" onClick={() => void exportFile()}>Export</button>
      <button type="button" onClick={() => useEditorPanel.getState().showKeys(true)} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">?</button>
      {version ? (
        <button type="button" onClick={() => navigate(flowPath(flowId))}>Back to draft</button>
      ) : (
        <button type="button" className="primary" onClick={onPublish} disabled={readOnly || !edit.allowed} title={edit.title}>Publish…</button>
      )}
    </div>
  );
}
