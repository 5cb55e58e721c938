import type { Incident } from '../../api/views';
import { localTime } from '../../components/RelativeTime/time';

/** The incidents an instance raised: kind, node and message. */
export function IncidentList({ incidents }: { incidents: Incident[] }) {
  if (incidents.length === 0) return <p className="muted">No incidents.</p>;
  return (
    <ul className="incident-list" data-testid="incidents">
      {incidents.map((x) => (
        <li key={x.id}>
          <strong>{x.kind}</strong>{x.nodeId && <> at <code>{x.nodeId}</code></>} <span className="muted">{localTime(x.occurredAt)}</span>
          <div className="error-text">{x.message}</div>
        </li>
      ))}
    </ul>
  );
}
