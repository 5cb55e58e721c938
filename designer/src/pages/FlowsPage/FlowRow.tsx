import type { FlowSummary } from '../../api/views';
import { Link } from '../../components/Link';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { flowPath, navigate } from '../../router';
import { useCan } from '../../store/authStore';
import { useFlowsStore } from '../../store/flowsStore';

/** One flow of the table, with its actions. */
export function FlowRow({ flow, onRename }: { flow: FlowSummary; onRename: (flow: FlowSummary) => void }) {
  const archived = flow.status === 'archived';
  const duplicate = async () => {
    const id = await useFlowsStore.getState().duplicate(flow.id);
    if (id) navigate(flowPath(id));
  };
  const store = () => useFlowsStore.getState();
  const { allowed, title } = useCan('flows.edit');
  return (
    <tr data-testid={`flow-row-${flow.id}`} className={archived ? 'flow-archived' : undefined}>
      <td><Link href={flowPath(flow.id)} title={flow.description ?? undefined}>{flow.name}</Link></td>
      <td><code>{flow.id}</code></td>
      <td><StatusBadge status={flow.status} /></td>
      <td className="num">{flow.publishedVersion ?? '–'} / {flow.latestVersion ?? '–'}</td>
      <td>{flow.trigger ?? <span className="muted">none</span>}</td>
      <td><RelativeTime iso={flow.updatedAt} /></td>
      <td className="row-actions">
        <button type="button" disabled={!allowed} title={title} onClick={() => onRename(flow)} aria-label={`Rename ${flow.id}`}>Rename</button>
        <button type="button" disabled={!allowed} title={title} onClick={duplicate} aria-label={`Duplicate ${flow.id}`}>Duplicate</button>
        {archived
          ? <button type="button" disabled={!allowed} title={title} onClick={() => store().setArchived(flow.id, false)} aria-label={`Unarchive ${flow.id}`}>Unarchive</button>
          : <button type="button" disabled={!allowed} title={title} onClick={() => store().setArchived(flow.id, true)} aria-label={`Archive ${flow.id}`}>Archive</button>}
        <button type="button" onClick={() => store().exportFlow(flow.id)} aria-label={`Export ${flow.id}`}>Export</button>
      </td>
    </tr>
  );
}
