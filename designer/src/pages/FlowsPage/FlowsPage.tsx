import { useState } from 'react';
import type { FlowSummary } from '../../api/views';
import { MessageArea } from '../../components/MessageArea/MessageArea';
import { useCan } from '../../store/authStore';
import {
  selectFlows, selectLoaded, selectMessage, selectSearch, selectShowArchived, useFlowsStore, visibleFlows,
} from '../../store/flowsStore';
import { FlowsToolbar } from './FlowsToolbar';
import { FlowTable } from './FlowTable';
import { ImportButton, ImportDialogs } from './ImportFlow';
import { NewFlowDialog } from './NewFlowDialog';
import { RenameDialog } from './RenameDialog';
import { TemplateDialog } from './TemplateDialog';

type OpenDialog = { kind: 'new' } | { kind: 'template' } | { kind: 'rename'; flow: FlowSummary } | null;

/** The list of flows: search, create (empty, from a template, from a file) and the actions on each flow. */
export function FlowsPage() {
  const flows = useFlowsStore(selectFlows);
  const loaded = useFlowsStore(selectLoaded);
  const search = useFlowsStore(selectSearch);
  const showArchived = useFlowsStore(selectShowArchived);
  const message = useFlowsStore(selectMessage);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const shown = visibleFlows(flows, showArchived);
  const empty = loaded && flows.length === 0 && !search.trim();
  const edit = useCan('flows.edit');

  const buttons = (
    <div className="button-row">
      <button type="button" className="primary" disabled={!edit.allowed} title={edit.title} onClick={() => setDialog({ kind: 'new' })}>New flow</button>
      <button type="button" disabled={!edit.allowed} title={edit.title} onClick={() => setDialog({ kind: 'template' })}>From template</button>
      <ImportButton disabled={!edit.allowed} title={edit.title} />
    </div>
  );

  return (
    <div className="page flows-page" data-testid="flows-page">
      <div className="page-header">
        <h1>Flows</h1>
        {!empty && buttons}
      </div>
      <MessageArea message={message} onDismiss={() => useFlowsStore.getState().setMessage(null)} />
      <FlowsToolbar />
      {empty ? (
        <div className="empty-state" data-testid="flows-empty">
          <h2>No flows yet</h2>
          <p className="muted">Start from an empty flow, a template, or a flow file.</p>
          {buttons}
        </div>
      ) : !loaded ? (
        <p className="muted">Loading flows…</p>
      ) : shown.length === 0 ? (
        <p className="muted" data-testid="flows-none-match">
          {search.trim() ? `No flows match “${search.trim()}”.` : 'Every flow is archived; tick “Show archived” to see them.'}
        </p>
      ) : (
        <FlowTable flows={shown} onRename={(flow) => setDialog({ kind: 'rename', flow })} />
      )}
      {dialog?.kind === 'new' && <NewFlowDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'template' && <TemplateDialog onClose={() => setDialog(null)} />}
      <ImportDialogs />
      {dialog?.kind === 'rename' && <RenameDialog flow={dialog.flow} onClose={() => setDialog(null)} />}
    </div>
  );
}
