import { useCallback, useEffect, useState } from 'react';
import { campaignsApi } from '../../api/campaignClient';
import type { Campaign } from '../../api/campaignViews';
import { ProgressBar } from '../../components/Charts/ProgressBar';
import { Link } from '../../components/Link';
import { useCan } from '../../store/authStore';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge';
import { progressOf, STATUS_LABELS } from '../../model/campaignDisplay';
import { MODES } from '../../model/campaignForm';
import { campaignPath } from '../../router';

const FILTERS = ['', 'draft', 'scheduled', 'active', 'paused', 'completed', 'error', 'archived'] as const;

/** Every campaign with its status and progress (archived ones on request), refreshed every 5 s. */
export function CampaignsPage() {
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<Message | null>(null);

  const load = useCallback(async () => {
    try {
      setCampaigns(await campaignsApi.campaigns(status || undefined));
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not load the campaigns: ${messageOf(error)}` });
    }
  }, [status]);
  useEffect(() => { void load(); }, [load]);
  usePolling(() => void load(), 5000);

  const edit = useCan('campaigns.edit');
  return (
    <div className="page" data-testid="campaigns-page">
      <div className="page-header">
        <h1>Campaigns</h1>
        {edit.allowed ? <Link href="/campaigns/new" className="button primary">New campaign</Link>
          : <button type="button" className="primary" disabled title={edit.title}>New campaign</button>}
      </div>
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      <div className="instance-filters">
        <label htmlFor="campaign-status">Status</label>
        <select id="campaign-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          {FILTERS.map((s) => <option key={s} value={s}>{s ? STATUS_LABELS[s] : 'All but archived'}</option>)}
        </select>
      </div>
      {campaigns === null ? <p className="muted">Loading campaigns…</p> : campaigns.length === 0 ? (
        <div className="empty-state" data-testid="campaigns-empty">
          <h2>{status ? 'No campaigns with this status' : 'No campaigns yet'}</h2>
          <p className="muted">A campaign calls the contacts of one or more groups and runs a published flow on every answered call.</p>
        </div>
      ) : (
        <table data-testid="campaigns-table">
          <thead><tr><th>Name</th><th>Status</th><th>Mode</th><th>Flow</th><th>Progress</th><th className="num">In progress</th></tr></thead>
          <tbody>
            {campaigns.map((c) => {
              const progress = progressOf(c.counts);
              return (
                <tr key={c.id} data-testid={`campaign-row-${c.id}`}>
                  <td><Link href={campaignPath(c.id)}>{c.name}</Link></td>
                  <td><StatusBadge status={c.status} /></td>
                  <td>{MODES.find((m) => m.mode === c.mode)?.label ?? c.mode}</td>
                  <td>{c.flowId}{c.flowVersion ? <span className="muted"> v{c.flowVersion}</span> : null}</td>
                  <td className="progress-cell"><ProgressBar fraction={progress.fraction} label={`${c.name} progress`} /><span className="small">{progress.text}</span></td>
                  <td className="num">{c.counts?.inProgress ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
