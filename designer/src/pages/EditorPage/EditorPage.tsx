// The editor: palette, canvas and the side panels (properties, settings, versions, test console) of
// one flow's draft, or of one published version read-only.
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { Canvas } from '../../components/Canvas/Canvas';
import { FlowSettings } from '../../components/FlowSettings/FlowSettings';
import { Link } from '../../components/Link';
import { Palette } from '../../components/Palette/Palette';
import { PropertyPanel } from '../../components/PropertyPanel/PropertyPanel';
import { PublishDialog } from '../../components/PublishDialog/PublishDialog';
import { TestConsole } from '../../components/TestConsole/TestConsole';
import { ShortcutsHelp } from '../../components/ShortcutsHelp/ShortcutsHelp';
import { Toolbar } from '../../components/Toolbar/Toolbar';
import { VersionsPanel } from '../../components/VersionsPanel/VersionsPanel';
import { actionDeniedTitle } from '../../model/permissions';
import { can, useAuth } from '../../store/authStore';
import { useEditorPanel } from '../../store/editorPanels';
import { discardAndReload, openDraft, openVersion } from '../../store/openFlow';
import { overwriteWithMine, startAutosave, useSaveState } from '../../store/saveController';
import { useEditorShortcuts } from './useEditorShortcuts';

export function EditorPage({ flowId, version }: { flowId: string; version?: number }) {
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState(0);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    setLoaded(false);
    setError(null);
    (async () => {
      try {
        if (version) {
          await openVersion(flowId, version);
          useSaveState.setState({ kind: 'read-only' }, true);
        } else {
          const cannotEdit = can('flows.edit') ? undefined : `Read-only: ${actionDeniedTitle(useAuth.getState().me?.user.role ?? '', 'flows.edit')}`;
          const state = await openDraft(flowId, cannotEdit);
          if (cancelled) return;
          stop = startAutosave(flowId, state);
        }
        if (!cancelled) {
          performance.mark('flowbuilder:flow-loaded');
          setLoaded(true);
        }
      } catch (e) {
        if (!cancelled)
          setError(e instanceof ApiError && e.status === 404 ? `There is no flow '${flowId}'${version ? ` with a version ${version}` : ''}.` : (e as Error).message);
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [flowId, version, session]);

  const reload = useCallback(() => setSession((s) => s + 1), []);

  if (error) return <div className="page"><h1>Cannot open the flow</h1><p className="error-text" role="alert">{error}</p><Link href="/">Back to the flows</Link></div>;
  if (!loaded) return <div className="page muted">Loading the flow…</div>;
  return (
    <ReactFlowProvider>
      <Editor flowId={flowId} version={version} reload={reload} />
    </ReactFlowProvider>
  );
}

function Editor({ flowId, version, reload }: { flowId: string; version?: number; reload: () => void }) {
  const panel = useEditorPanel((s) => s.panel);
  const keysShown = useEditorPanel((s) => s.keysShown);
  const save = useSaveState();
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  useEditorShortcuts();

  return (
    <div className="editor">
      <Toolbar version={version} onPublish={() => setPublishing(true)} />
      {version && (
        <div className="banner banner-info" data-testid="read-only-banner">
          You are looking at published version {version}, read-only. Restore it into the draft from Versions, or <Link href={`/flows/${encodeURIComponent(flowId)}`}>go back to the draft</Link>.
        </div>
      )}
      {(save.kind === 'conflict' || save.kind === 'error' || save.kind === 'offline' || (save.kind === 'read-only' && !version)) && save.message && (
        <div className={`banner ${save.kind === 'offline' ? 'banner-offline' : 'banner-error'}`} role="alert" data-testid="save-banner">
          {save.message}
          {save.kind === 'conflict' && (
            <span className="banner-actions">
              <button type="button" onClick={() => void discardAndReload(flowId).then(reload)}>Reload the saved draft</button>
              <button type="button" onClick={() => void overwriteWithMine()}>Overwrite with my edits</button>
            </span>
          )}
        </div>
      )}
      {published !== null && (
        <div className="banner banner-success" role="status" data-testid="published-banner">
          Published version {published}. <button type="button" className="link" onClick={() => setPublished(null)}>Dismiss</button>
        </div>
      )}
      <div className="editor-body">
        <Palette />
        <Canvas />
        {panel === 'properties' && <PropertyPanel />}
        {panel === 'settings' && <FlowSettings />}
        {panel === 'versions' && <VersionsPanel viewing={version} onRestored={reload} />}
        {panel === 'test' && !version && can('flows.run') && <TestConsole onPublish={() => setPublishing(true)} />}
      </div>
      {keysShown && <ShortcutsHelp onClose={() => useEditorPanel.getState().showKeys(false)} />}
      {publishing && <PublishDialog onClose={() => setPublishing(false)} onPublished={(v) => { setPublishing(false); setPublished(v); }} />}
    </div>
  );
}
