import { useEffect, useState, type FormEvent } from 'react';
import type { FlowTemplate } from '../../api/views';
import { Dialog } from '../../components/Dialog/Dialog';
import { messageOf } from '../../components/ProblemList/problems';
import { TemplateGallery } from '../../components/TemplateGallery/TemplateGallery';
import { flowPath, navigate } from '../../router';
import { freeFlowId, isFlowIdFree, selectTemplates, useFlowsStore } from '../../store/flowsStore';
import { FlowIdFields, flowIdError, type FlowIdValue } from './FlowIdFields';

/** "From template": a gallery of templates, then a name and id for the new flow, which opens in the editor. */
export function TemplateDialog({ onClose }: { onClose: () => void }) {
  const templates = useFlowsStore(selectTemplates);
  const [chosen, setChosen] = useState<FlowTemplate | null>(null);
  useEffect(() => { void useFlowsStore.getState().loadTemplates(); }, []);

  return (
    <Dialog title={chosen ? `New flow from ${chosen.name}` : 'New flow from a template'} onClose={onClose} testId="template-dialog" wide>
      {chosen ? (
        <TemplateNameForm template={chosen} onBack={() => setChosen(null)} onClose={onClose} />
      ) : (
        <>
          {templates.kind === 'loading' && <p className="muted">Loading templates…</p>}
          {templates.kind === 'unavailable' && <p role="alert">This server does not offer templates yet.</p>}
          {templates.kind === 'failed' && <p role="alert" className="error-text">Could not load the templates: {templates.message}</p>}
          {templates.kind === 'loaded' && <TemplateGallery templates={templates.templates} onChoose={setChosen} />}
          <div className="actions"><button type="button" onClick={onClose}>Cancel</button></div>
        </>
      )}
    </Dialog>
  );
}

function TemplateNameForm({ template, onBack, onClose }: { template: FlowTemplate; onBack: () => void; onClose: () => void }) {
  const [value, setValue] = useState<FlowIdValue>({ name: template.name, id: template.id, idEdited: true });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    freeFlowId(template.id).then((id) => live && setValue((v) => ({ ...v, id }))).catch((e: unknown) => live && setError(messageOf(e)));
    return () => { live = false; };
  }, [template.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (flowIdError(value) || busy) return;
    setBusy(true);
    try {
      if (!(await isFlowIdFree(value.id))) {
        setError(`A flow with the id '${value.id}' already exists.`);
        return;
      }
      const id = await useFlowsStore.getState().createFromTemplate(template.id, value.id, value.name.trim());
      // A failure is reported in the page's message area: close so it is in plain view.
      onClose();
      if (id) navigate(flowPath(id));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <FlowIdFields value={value} onChange={(v) => { setValue(v); setError(null); }} takenMessage={error} />
      <div className="actions">
        <button type="button" onClick={onBack}>Back</button>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary" disabled={flowIdError(value) !== null || busy}>Create</button>
      </div>
    </form>
  );
}
