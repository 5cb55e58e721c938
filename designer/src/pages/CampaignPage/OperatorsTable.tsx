import type { OperatorView } from '../../api/campaignViews';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { OPERATOR_STATE_LABELS } from '../../model/campaignDisplay';

/** Every operator of the campaign: state (since when), softphone registration and the contact they are on. */
export function OperatorsTable({ operators, expected }: { operators: OperatorView[]; expected: string[] }) {
  const missing = expected.filter((e) => !operators.some((o) => o.extension === e));
  return (
    <table data-testid="operators-table">
      <thead><tr><th>Extension</th><th>State</th><th>Since</th><th>Softphone</th><th>Current contact</th><th>Call</th></tr></thead>
      <tbody>
        {operators.map((o) => (
          <tr key={o.extension} data-testid={`operator-row-${o.extension}`}>
            <td>{o.extension}</td>
            <td><span className={`status operator-${o.state}`}>{OPERATOR_STATE_LABELS[o.state] ?? o.state}</span></td>
            <td><RelativeTime iso={o.since} /></td>
            <td>{o.registered ? 'registered' : <span className="error-text">not registered</span>}</td>
            <td>{o.card ? `${o.card.contact.name ?? ''} ${o.card.contact.phone}`.trim() : <span className="muted">–</span>}</td>
            <td>{o.callState ?? <span className="muted">–</span>}</td>
          </tr>
        ))}
        {missing.map((e) => (
          <tr key={e} className="muted"><td>{e}</td><td>{OPERATOR_STATE_LABELS.loggedOut}</td><td /><td /><td /><td /></tr>
        ))}
      </tbody>
    </table>
  );
}
