import type { InstanceSummary } from '../../api/views';
import { Link } from '../../components/Link';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { durationBetween } from '../../components/RelativeTime/time';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { instancePath } from '../../router';

/** Shortens an instance id for the table: "ivr-menu-4a88…7f" keeps the start and the end. */
export function shortId(id: string): string {
  return id.length <= 14 ? id : `${id.slice(0, 8)}…${id.slice(-4)}`;
}

/** One instance of the list; the id links to its page. */
export function InstanceRow({ instance: i, now }: { instance: InstanceSummary; now: number }) {
  const where = i.waitingOn ? `${i.currentNodeId ?? '?'} (waiting on ${i.waitingOn})` : i.currentNodeId;
  return (
    <tr data-testid={`instance-row-${i.id}`}>
      <td><Link href={instancePath(i.id)} title={i.id}><code>{shortId(i.id)}</code></Link></td>
      <td>{i.flowId} <span className="muted">v{i.flowVersion}</span></td>
      <td><StatusBadge status={i.status} /></td>
      <td>{where ?? <span className="muted">–</span>}</td>
      <td className="fault-cell" title={i.fault ?? undefined}>{i.fault ? <span className="error-text">{i.fault}</span> : ''}</td>
      <td><RelativeTime iso={i.createdAt} /></td>
      <td className="num">{durationBetween(i.createdAt, i.finishedAt, now)}</td>
    </tr>
  );
}
