import { useCallback, useEffect, useState } from 'react';
import { campaignsApi, itemsOf } from '../../api/campaignClient';
import type { CampaignAttempt, CampaignContactRow } from '../../api/campaignViews';
import { messageOf } from '../../components/ProblemList/problems';
import { DISPOSITION_LABELS, resultText } from '../../model/campaignDisplay';
import { AttemptTable } from './AttemptTable';

const PAGE = 50;
const STATES = ['', 'waiting', 'dialling', 'done', 'skipped'] as const;

/** The campaign's work queue by state, paged; a click on a contact shows its attempts. */
export function ContactsTab({ campaignId }: { campaignId: string }) {
  const [state, setState] = useState('');
  const [offset, setOffset] = useState(0);
  const [rows, setRows] = useState<CampaignContactRow[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ row: CampaignContactRow; attempts: CampaignAttempt[] | null } | null>(null);

  const load = useCallback(async () => {
    try {
      const answer = await campaignsApi.campaignContacts(campaignId, state, offset, PAGE);
      setRows(itemsOf(answer));
      setTotal(Array.isArray(answer) ? null : answer.total);
      setError(null);
    } catch (e) {
      setError(`Could not load the contacts: ${messageOf(e)}`);
    }
  }, [campaignId, state, offset]);
  useEffect(() => { void load(); }, [load]);

  const open = async (row: CampaignContactRow) => {
    setSelected({ row, attempts: null });
    try {
      const attempts = await campaignsApi.contactAttempts(campaignId, row.contactId);
      setSelected((s) => (s?.row.contactId === row.contactId ? { row, attempts } : s));
    } catch (e) {
      setError(`Could not load the attempts of ${row.phone}: ${messageOf(e)}`);
    }
  };

  const items = rows ?? [];
  const hasNext = total !== null ? offset + PAGE < total : items.length === PAGE;
  return (
    <div data-testid="campaign-contacts">
      <div className="instance-filters">
        <label htmlFor="contact-state">State</label>
        <select id="contact-state" value={state} onChange={(e) => { setState(e.target.value); setOffset(0); }}>
          {STATES.map((s) => <option key={s} value={s}>{s || 'All'}</option>)}
        </select>
        <button type="button" onClick={() => void load()}>Refresh</button>
      </div>
      {error && <div className="message message-error" role="alert">{error}</div>}
      {rows === null ? <p className="muted">Loading…</p> : items.length === 0 ? <p className="muted">No contacts{state ? ` are ${state}` : ''}.</p> : (
        <table data-testid="campaign-contacts-table">
          <thead><tr><th>Phone</th><th>Name</th><th>State</th><th className="num">Attempts</th><th>Next attempt</th><th>Last disposition</th><th>Result</th><th>Operator</th></tr></thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.contactId} className={selected?.row.contactId === r.contactId ? 'clickable selected' : 'clickable'} onClick={() => void open(r)}
                data-testid={`campaign-contact-${r.phone}`}>
                <td><button type="button" className="link">{r.phone}</button></td>
                <td>{r.name ?? ''}</td>
                <td><span className={`status status-${r.state}`}>{r.state}</span>{r.reason && <span className="muted small"> {r.reason}</span>}</td>
                <td className="num">{r.attempts}</td>
                <td>{r.nextAttemptAt && r.state === 'waiting' ? new Date(r.nextAttemptAt).toLocaleString() : ''}</td>
                <td>{r.lastDisposition ? DISPOSITION_LABELS[r.lastDisposition] ?? r.lastDisposition : ''}</td>
                <td>{resultText(r.result, r.converted)}{r.converted && <span className="status status-completed"> converted</span>}</td>
                <td>{r.operator ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
        <span>{items.length === 0 ? '' : `${offset + 1}–${offset + items.length}${total !== null ? ` of ${total}` : ''}`}</span>
        <button type="button" disabled={!hasNext} onClick={() => setOffset(offset + PAGE)}>Next</button>
      </div>
      {selected && (
        <section className="chart-panel" data-testid="contact-history">
          <h2>Attempts of {selected.row.name ? `${selected.row.name}, ` : ''}{selected.row.phone}
            <button type="button" className="link-button" aria-label="Close the attempts" onClick={() => setSelected(null)}>×</button></h2>
          {selected.attempts === null ? <p className="muted">Loading…</p> : <AttemptTable attempts={selected.attempts} showPhone={false} testId="contact-attempts" />}
        </section>
      )}
    </div>
  );
}
