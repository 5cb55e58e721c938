import { useCallback, useEffect, useState } from 'react';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { ClickToCallCampaign } from '../../api/clickToCallViews';
import { Link } from '../../components/Link';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { FIRST_LEG_LABELS, formatMoney } from '../../model/clickToCallDisplay';
import { clickToCallPath } from '../../router';
import { ClickToCallNav } from './ClickToCallNav';
import { useCan } from '../../store/authStore';

/** Every click-to-call campaign with who is called first, its operators, request counts and price; pause and resume; every 5 s. */
export function ClickToCallCampaignsPage() {
  const edit = useCan('clickToCall.edit');
  const control = useCan('clickToCall.control');
  const [campaigns, setCampaigns] = useState<ClickToCallCampaign[] | null>(null);
  const [archived, setArchived] = useState(false);
  const [acting, setActing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const load = useCallback(async () => {
    try {
      setCampaigns(await clickToCallApi.campaigns(archived));
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not load the click-to-call campaigns: ${messageOf(error)}` });
    }
  }, [archived]);
  useEffect(() => { void load(); }, [load]);
  usePolling(() => void load(), 5000);

  const act = async (c: ClickToCallCampaign, action: 'pause' | 'resume') => {
    setActing(c.id);
    try {
      const changed = await clickToCallApi.lifecycle(c.id, action);
      setCampaigns((list) => list?.map((x) => (x.id === c.id ? { ...x, ...changed } : x)) ?? null);
      setMessage({ kind: 'info', text: action === 'pause' ? `“${c.name}” is paused: its banner refuses new requests.` : `“${c.name}” takes requests again.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not ${action} “${c.name}”: ${messageOf(error)}` });
    } finally {
      setActing(null);
    }
  };

  return (
    <div className="page" data-testid="click-to-call-page">
      <div className="page-header">
        <h1>Click-to-call</h1>
        {edit.allowed ? <Link href="/click-to-call/new" className="button primary">New campaign</Link> : <button type="button" className="primary" disabled title={edit.title}>New campaign</button>}
      </div>
      <ClickToCallNav current="campaigns" />
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      <label className="checkbox"><input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} /> Show archived campaigns</label>
      {campaigns === null ? <p className="muted">Loading campaigns…</p> : campaigns.length === 0 ? (
        <div className="empty-state" data-testid="click-to-call-empty">
          <h2>No click-to-call campaigns yet</h2>
          <p className="muted">A click-to-call campaign puts a “Call me back” banner on your web site: a visitor leaves a number and FlowBuilder connects them with your operators.</p>
          <div className="button-row">{edit.allowed ? <Link href="/click-to-call/new" className="button primary">New campaign</Link> : <button type="button" className="primary" disabled title={edit.title}>New campaign</button>}</div>
        </div>
      ) : (
        <table data-testid="click-to-call-table">
          <thead>
            <tr>
              <th>Name</th><th>Status</th><th>Who is called first</th><th>Operators</th>
              <th className="num">Waiting</th><th className="num">Calling</th><th className="num">Completed</th><th className="num">Failed</th>
              <th className="num">Price</th><th />
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id} data-testid={`click-to-call-row-${c.id}`}>
                <td><Link href={clickToCallPath(c.id)}>{c.name}</Link></td>
                <td><StatusBadge status={c.status} /></td>
                <td>{c.firstLeg === 'company' ? 'Company' : 'Client'}<span className="sr-only"> ({FIRST_LEG_LABELS[c.firstLeg]})</span></td>
                <td>{c.operators.join(', ')}</td>
                <td className="num">{c.counts?.waiting ?? 0}</td>
                <td className="num">{c.counts?.calling ?? 0}</td>
                <td className="num">{c.counts?.completed ?? 0}</td>
                <td className="num">{c.counts?.failed ?? 0}</td>
                <td className="num">{formatMoney(c.price, c.currency)}</td>
                <td>
                  {c.status === 'active' && <button type="button" disabled={acting === c.id || !control.allowed} title={control.title} onClick={() => void act(c, 'pause')}>Pause</button>}
                  {c.status === 'paused' && <button type="button" className="primary" disabled={acting === c.id || !control.allowed} title={control.title} onClick={() => void act(c, 'resume')}>Resume</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
