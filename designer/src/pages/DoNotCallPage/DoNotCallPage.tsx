import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { campaignsApi, itemsOf } from '../../api/campaignClient';
import type { DoNotCallEntry } from '../../api/campaignViews';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { RelativeTime } from '../../components/RelativeTime/RelativeTime';
import { useCan } from '../../store/authStore';

/** The company's do-not-call list: numbers no campaign ever dials. */
export function DoNotCallPage() {
  const edit = useCan('doNotCall.edit');
  const [entries, setEntries] = useState<DoNotCallEntry[] | null>(null);
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setEntries(itemsOf(await campaignsApi.doNotCall(0, 500)));
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not load the do-not-call list: ${messageOf(error)}` });
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!phone.trim() || busy) return;
    setBusy(true);
    try {
      const added = await campaignsApi.addDoNotCall(phone.trim());
      setMessage({ kind: 'info', text: `${added.phone ?? phone.trim()} will not be called.` });
      setPhone('');
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not add ${phone.trim()}: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (entry: DoNotCallEntry) => {
    try {
      await campaignsApi.removeDoNotCall(entry.phone);
      setMessage({ kind: 'info', text: `${entry.phone} can be called again.` });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not remove ${entry.phone}: ${messageOf(error)}` });
    }
  };

  return (
    <div className="page" data-testid="do-not-call-page">
      <div className="page-header"><h1>Do not call</h1></div>
      <p className="muted">Numbers on this list are skipped by every campaign. Operators add a number when they choose “do-not-call” after a call.</p>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      <form className="inline-form" onSubmit={add}>
        <label htmlFor="dnc-phone">Phone number</label>
        <input id="dnc-phone" value={phone} placeholder="+15551234567" onChange={(e) => setPhone(e.target.value)} />
        <button type="submit" className="primary" disabled={!phone.trim() || busy || !edit.allowed} title={edit.title}>Add number</button>
      </form>
      {entries === null ? <p className="muted">Loading…</p> : entries.length === 0 ? (
        <p className="muted" data-testid="do-not-call-empty">The list is empty.</p>
      ) : (
        <table data-testid="do-not-call-table">
          <thead><tr><th>Phone</th><th>Added</th><th>Source</th><th /></tr></thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.phone} data-testid={`dnc-row-${entry.phone}`}>
                <td><code>{entry.phone}</code></td>
                <td><RelativeTime iso={entry.addedAt} /></td>
                <td>{entry.source}</td>
                <td className="num"><button type="button" disabled={!edit.allowed} title={edit.title} onClick={() => void remove(entry)} aria-label={`Remove ${entry.phone}`}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
