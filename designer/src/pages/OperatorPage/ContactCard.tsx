import type { OperatorCard } from '../../api/campaignViews';
import { codeLabel, DISPOSITION_LABELS, formatSeconds } from '../../model/campaignDisplay';

const show = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The contact the operator is about to call or is talking to: who, their fields, information databases and earlier attempts. */
export function ContactCard({ card }: { card: OperatorCard }) {
  const c = card.contact;
  const fields = Object.entries(c.fields ?? {});
  const info = Object.entries(card.info ?? {});
  return (
    <section className="contact-card" data-testid="contact-card">
      <h2>{[c.name, c.patronymic].filter(Boolean).join(' ') || 'Unnamed contact'}</h2>
      <p className="contact-phone"><code>{c.phone}</code>{c.timeZone && <span className="muted small"> {c.timeZone}</span>}</p>
      {fields.length > 0 && (
        <dl className="facts">{fields.map(([k, v]) => <span key={k} style={{ display: 'contents' }}><dt>{k}</dt><dd>{show(v)}</dd></span>)}</dl>
      )}
      {info.map(([database, record]) => (
        <div key={database}>
          <h3>{database}</h3>
          {record && typeof record === 'object' && !Array.isArray(record) ? (
            <dl className="facts">{Object.entries(record as Record<string, unknown>).map(([k, v]) => <span key={k} style={{ display: 'contents' }}><dt>{k}</dt><dd>{show(v)}</dd></span>)}</dl>
          ) : <p>{show(record)}</p>}
        </div>
      ))}
      <h3>Earlier attempts</h3>
      {card.history.length === 0 ? <p className="muted">None: this is the first call.</p> : (
        <table>
          <thead><tr><th className="num">#</th><th>When</th><th>Disposition</th><th className="num">Talk</th><th>Operator</th><th>Notes</th></tr></thead>
          <tbody>
            {card.history.map((a) => (
              <tr key={a.id}>
                <td className="num">{a.number}</td>
                <td>{new Date(a.startedAt).toLocaleString()}</td>
                <td>{a.disposition ? DISPOSITION_LABELS[a.disposition] ?? a.disposition : ''}{a.operatorDisposition ? ` · ${codeLabel(a.operatorDisposition)}` : ''}</td>
                <td className="num">{a.talkSeconds > 0 ? formatSeconds(a.talkSeconds) : ''}</td>
                <td>{a.operator ?? ''}</td>
                <td>{a.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
