// Publishing the draft as a new version, with a note; the server's problems land on the nodes.
import { useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { ValidationProblem } from '../../api/views';
import { useEditor } from '../../store/editorStore';
import { saveNow, useSaveState } from '../../store/saveController';

export function PublishDialog({ onClose, onPublished }: { onClose: () => void; onPublished: (version: number) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);

  const publish = async () => {
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      if (!(await saveNow())) {
        setError(useSaveState.getState().message ?? 'The draft could not be saved, so it cannot be published yet.');
        return;
      }
      const { settings, meta } = useEditor.getState();
      const version = await api.publish(settings.id, note.trim(), meta.revision);
      useEditor.getState().setMeta({ status: 'published', publishedVersion: version.version, latestVersion: version.version });
      onPublished(version.version);
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.problem.problems)) {
        const list = e.problem.problems as ValidationProblem[];
        setProblems(list);
        useEditor.getState().setServerProblems(list);
        setError(`Not published: the flow has ${list.filter((p) => p.severity === 'error').length} error(s). They are marked on the blocks.`);
      } else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog" role="dialog" aria-label="Publish" onClick={(e) => e.stopPropagation()}>
        <h2>Publish a new version</h2>
        <p className="muted">New calls and runs use the published version; running instances keep the version they started on.</p>
        <label htmlFor="publish-note">What changed?</label>
        <textarea id="publish-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Added the opening-hours option" autoFocus />
        {error && <div className="field-error" role="alert">{error}</div>}
        {problems.length > 0 && (
          <ul className="problem-list">
            {problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}
          </ul>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={() => void publish()} disabled={busy}>{busy ? 'Publishing…' : 'Publish'}</button>
        </div>
      </div>
    </div>
  );
}
