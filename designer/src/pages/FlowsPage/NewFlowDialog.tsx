import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog/Dialog';
import { flowPath, navigate } from '../../router';
import { isFlowIdFree, useFlowsStore } from '../../store/flowsStore';
import { FlowIdFields, flowIdError, type FlowIdValue } from './FlowIdFields';

/** Asks for a name (and id), creates an empty flow and opens it in the editor. */
export function NewFlowDialog({ onClose }: { onClose: () => void }) {
  const [value, setValue] = useState<FlowIdValue>({ name: '', id: '', idEdited: false });
  const [taken, setTaken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invalid = flowIdError(value) !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (invalid || busy) return;
    setBusy(true);
    try {
      if (!(await isFlowIdFree(value.id))) {
        setTaken(`A flow with the id '${value.id}' already exists.`);
        return;
      }
      const id = await useFlowsStore.getState().create(value.id, value.name.trim());
      // A failure is reported in the page's message area: close so it is in plain view.
      onClose();
      if (id) navigate(flowPath(id));
    } catch (error) {
      setTaken(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New flow" onClose={onClose} testId="new-flow-dialog">
      <form onSubmit={submit}>
        <FlowIdFields value={value} onChange={(v) => { setValue(v); setTaken(null); }} takenMessage={taken} />
        <div className="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={invalid || busy}>Create</button>
        </div>
      </form>
    </Dialog>
  );
}
