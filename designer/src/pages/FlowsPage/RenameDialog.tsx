import { useId, useState, type FormEvent } from 'react';
import type { FlowSummary } from '../../api/views';
import { Dialog } from '../../components/Dialog/Dialog';
import { useFlowsStore } from '../../store/flowsStore';

/** Renames a flow's draft (the id stays). */
export function RenameDialog({ flow, onClose }: { flow: FlowSummary; onClose: () => void }) {
  const [name, setName] = useState(flow.name);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    await useFlowsStore.getState().rename(flow.id, name.trim());
    setBusy(false);
    // Done, or the reason it failed is in the page's message area: close so it is in plain view.
    onClose();
  };
  return (
    <Dialog title={`Rename ${flow.id}`} onClose={onClose} testId="rename-dialog">
      <form onSubmit={submit}>
        <div className="form-fields">
          <label htmlFor={inputId}>Name</label>
          <input id={inputId} autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={!name.trim() || name.trim() === flow.name || busy}>Rename</button>
        </div>
      </form>
    </Dialog>
  );
}
