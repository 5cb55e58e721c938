import { useRef, type ChangeEvent } from 'react';
import { Dialog } from '../../components/Dialog/Dialog';
import { messageOf } from '../../components/ProblemList/problems';
import { ProblemList } from '../../components/ProblemList/ProblemList';
import { flowPath, navigate } from '../../router';
import { selectImportState, useFlowsStore, type ImportState } from '../../store/flowsStore';
import { jsonErrorLocation } from './jsonLocation';
import { api } from '../../api/client';
import { parseFlowText } from '../../model/serialise';

const setState = (state: ImportState) => useFlowsStore.getState().setImportState(state);
const close = () => setState({ kind: 'idle' });

/** Sends a flow file; a taken id asks before replacing, a refusal lists every problem, a failure lands in the message area. */
async function send(fileName: string, text: string, replace: boolean) {
  const store = useFlowsStore.getState();
  try {
    const outcome = await store.importFlow(text, replace);
    if (outcome.kind === 'exists') setState({ kind: 'confirm-replace', fileName, id: outcome.id, text });
    else if (outcome.kind === 'rejected') setState({ kind: 'rejected', fileName, problems: outcome.problems });
    else {
      const id = outcome.saved.flow.id;
      store.setMessage({ kind: 'info', text: `Imported '${id}' from ${fileName}${replace ? ' (draft replaced)' : ''}.` });
      const problems = outcome.saved.problems.map((p) => ({ path: p.path, message: p.message, severity: p.severity, line: p.line, column: p.column }));
      setState(problems.length > 0 ? { kind: 'imported', id, problems } : { kind: 'idle' });
    }
  } catch (error) {
    setState({ kind: 'idle' });
    store.setMessage({ kind: 'error', text: `Importing ${fileName} failed: ${messageOf(error)}` });
  }
}

/** The "Import" button and its hidden file picker; the file must parse as JSON before it is sent. */
export function ImportButton({ disabled = false, title }: { disabled?: boolean; title?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const picked = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch (error) {
      const at = jsonErrorLocation(text, error);
      setState({ kind: 'malformed', fileName: file.name, message: messageOf(error), line: at?.line ?? null, column: at?.column ?? null });
      return;
    }
    // Every structural problem by JSON path (the server stops at the first), then the server's validation:
    // a file with errors is not imported, so nothing is overwritten.
    const parsed = parseFlowText(text);
    if (!parsed.ok) {
      setState({ kind: 'rejected', fileName: file.name, problems: parsed.problems });
      return;
    }
    try {
      const verdict = await api.validate(parsed.flow);
      const errors = verdict.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        setState({ kind: 'rejected', fileName: file.name, problems: errors.map((p) => ({ path: p.path, message: p.message, severity: p.severity, line: p.line, column: p.column })) });
        return;
      }
    } catch (error) {
      useFlowsStore.getState().setMessage({ kind: 'error', text: `Checking ${file.name} failed: ${messageOf(error)}` });
      return;
    }
    await send(file.name, text, false);
  };
  return (
    <>
      <button type="button" disabled={disabled} title={title} onClick={() => input.current?.click()}>Import</button>
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={picked} />
    </>
  );
}

/** The dialogs of an import in progress (malformed JSON, replace?, problems). */
export function ImportDialogs() {
  const state = useFlowsStore(selectImportState);
  switch (state.kind) {
    case 'idle':
      return null;
    case 'malformed':
      return (
        <Dialog title="Not a JSON file" onClose={close} testId="import-error-dialog" actions={<button type="button" onClick={close}>Close</button>}>
          <p role="alert">
            {state.fileName} is not valid JSON{state.line !== null && <> at <strong>line {state.line}, column {state.column}</strong></>}: {state.message}
          </p>
          <p className="muted">Nothing was imported.</p>
        </Dialog>
      );
    case 'confirm-replace':
      return (
        <Dialog
          title={`Replace the draft of ${state.id}?`}
          onClose={close}
          testId="import-replace-dialog"
          actions={<>
            <button type="button" onClick={close}>Cancel</button>
            <button type="button" className="primary" onClick={() => send(state.fileName, state.text, true)}>Replace</button>
          </>}
        >
          <p>A flow with the id <code>{state.id}</code> already exists. Replacing its draft keeps its published versions.</p>
        </Dialog>
      );
    case 'rejected':
      return (
        <Dialog title={`${state.fileName} was not imported`} onClose={close} testId="import-problems-dialog" wide actions={<button type="button" onClick={close}>Close</button>}>
          <p role="alert">The file has {state.problems.length} problem{state.problems.length === 1 ? '' : 's'}. Nothing was imported or changed; fix the file and import it again.</p>
          <ProblemList problems={state.problems} />
        </Dialog>
      );
    case 'imported':
      return (
        <Dialog
          title={`Imported ${state.id} with problems`}
          onClose={close}
          testId="import-problems-dialog"
          wide
          actions={<>
            <button type="button" onClick={close}>Close</button>
            <button type="button" className="primary" onClick={() => { close(); navigate(flowPath(state.id)); }}>Open in the editor</button>
          </>}
        >
          <p>The draft was saved, but it cannot be published until these are fixed:</p>
          <ProblemList problems={state.problems} />
        </Dialog>
      );
  }
}
