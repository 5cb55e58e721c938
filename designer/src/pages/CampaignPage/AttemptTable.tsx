import type { CampaignAttempt } from '../../api/campaignViews';
import { Link } from '../../components/Link';
import { codeLabel, DISPOSITION_LABELS, formatSeconds, resultText } from '../../model/campaignDisplay';
import { instancePath } from '../../router';

/** Attempts with when, disposition, talk time, result and the operator's disposition; the flow instance is linked. */
export function AttemptTable({ attempts, showPhone, testId }: { attempts: CampaignAttempt[]; showPhone: boolean; testId: string }) {
  if (attempts.length === 0) return <p className="muted" data-testid={`${testId}-empty`}>No attempts.</p>;
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th className="num">#</th>{showPhone && <th>Phone</th>}<th>Started</th><th>Disposition</th><th className="num">Talk</th>
          <th>Result</th><th>Operator</th><th>Operator's disposition</th><th>Instance</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id}>
            <td className="num">{a.number}</td>
            {showPhone && <td><code>{a.phone}</code></td>}
            <td>{new Date(a.startedAt).toLocaleString()}</td>
            <td>{a.disposition ? DISPOSITION_LABELS[a.disposition] ?? a.disposition : <span className="muted">in progress</span>}
              {a.sipStatus ? <span className="muted"> ({a.sipStatus})</span> : null}</td>
            <td className="num">{a.talkSeconds > 0 ? formatSeconds(a.talkSeconds) : ''}</td>
            <td>{resultText(a.result, a.converted)}{a.converted && <span className="status status-completed"> converted</span>}</td>
            <td>{a.operator ?? ''}</td>
            <td>{a.operatorDisposition ? codeLabel(a.operatorDisposition) : ''}{a.notes && <div className="muted small">{a.notes}</div>}</td>
            <td>{a.instanceId ? <Link href={instancePath(a.instanceId)}>open</Link> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
