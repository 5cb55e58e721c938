import type { Instance } from '../../api/views';
import { Link } from '../../components/Link';
import { durationBetween, localTime } from '../../components/RelativeTime/time';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { flowPath } from '../../router';
import { isActive, selectCancelling, useInstancesStore } from '../../store/instancesStore';

/** Status, flow and version, times, correlation id and fault of an instance, with Cancel while it is active. */
export function InstanceHeader({ instance: i }: { instance: Instance }) {
  const cancelling = useInstancesStore(selectCancelling);
  return (
    <div className="instance-header">
      <div className="page-header">
        <h1>Instance <code title={i.id}>{i.id}</code> <StatusBadge status={i.status} /></h1>
        {isActive(i.status) && (
          <button type="button" disabled={cancelling} onClick={() => useInstancesStore.getState().cancel(i.id)}>Cancel</button>
        )}
      </div>
      <dl className="facts">
        <dt>Flow</dt>
        <dd><Link href={flowPath(i.flowId)}>{i.flowId}</Link> <Link href={flowPath(i.flowId, i.flowVersion)} className="muted">version {i.flowVersion}</Link></dd>
        <dt>Started</dt><dd>{localTime(i.createdAt)}</dd>
        <dt>Finished</dt><dd>{i.finishedAt ? localTime(i.finishedAt) : <span className="muted">not yet</span>}</dd>
        <dt>Duration</dt><dd>{durationBetween(i.createdAt, i.finishedAt)}</dd>
        <dt>Steps</dt><dd>{i.stepCount}</dd>
        {i.currentNodeId && isActive(i.status) && (<><dt>At node</dt><dd>{i.currentNodeId}{i.bookmark ? ` (waiting on ${i.bookmark.name})` : ''}</dd></>)}
        <dt>Correlation id</dt><dd>{i.correlationId ?? <span className="muted">none</span>}</dd>
        {i.fault && (<><dt>Fault</dt><dd className="error-text" data-testid="instance-fault">{i.fault}{i.faultNodeId ? ` (at ${i.faultNodeId})` : ''}</dd></>)}
      </dl>
    </div>
  );
}
