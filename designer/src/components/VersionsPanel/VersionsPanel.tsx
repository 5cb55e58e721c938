// Version history: every published version with its note; open one read-only, or restore it into the draft.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { FlowVersion } from '../../api/views';
import { flowPath, navigate } from '../../router';
import { useEditor } from '../../store/editorStore';
import { saveNow, useSaveState } from '../../store/saveController';

export function VersionsPanel({ viewing, onRestored }: { viewing?: number; onRestored: () => void }) {
  const flowId = useEditor((s) => s.settings.id);
  const published = useEditor((s) => s.meta.publishedVersion);
  const [versions, setVersions] = useState<FlowVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.versions(flowId).then(setVersions, (e: Error) => setError(e.message));
  }, [flowId, published]);

  const restore = async (version: number) => {
    if (!confirm(`Replace the draft with version ${version}? The current draft can be got back from its own published version only.`)) return;
    setError(null);
    try {
      if (!viewing && !(await saveNow())) {
        setError(useSaveState.getState().message ?? 'Save the draft first.');
        return;
      }
      await api.restore(flowId, version, useEditor.getState().meta.revision);
      // Reopen the editor on the restored draft.
      if (viewing) navigate(flowPath(flowId));
      else onRestored();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <aside className="properties" aria-label="Versions" data-testid="versions">
      <h2>Versions</h2>
      {error && <div className="field-error" role="alert">{error}</div>}
      {versions === null && !error && <p className="muted">Loading…</p>}
      {versions?.length === 0 && <p className="muted">Not published yet. Publish the draft to make version 1.</p>}
      <ol className="versions" reversed>
        {versions?.map((v) => (
          <li key={v.version} className={v.version === viewing ? 'current' : ''} data-testid={`version-${v.version}`}>
            <div>
              <strong>v{v.version}</strong>
              {v.version === published && <span className="status status-published">live</span>}
              {v.retracted && <span className="status status-archived">retracted</span>}
              <span className="muted"> {new Date(v.publishedAt).toLocaleString()}</span>
            </div>
            {v.note && <div className="version-note">{v.note}</div>}
            <div className="version-actions">
              {v.version !== viewing && <button type="button" onClick={() => navigate(flowPath(flowId, v.version))}>View</button>}
              <button type="button" onClick={() => void restore(v.version)}>Restore into draft</button>
            </div>
          </li>
        ))}
      </ol>
      {viewing && <button type="button" onClick={() => navigate(flowPath(flowId))}>Back to the draft</button>}
    </aside>
  );
}
