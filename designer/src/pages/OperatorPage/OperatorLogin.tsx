import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { campaignsApi, operatorApi } from '../../api/campaignClient';
import type { Campaign } from '../../api/campaignViews';
import { messageOf } from '../../components/ProblemList/problems';
import type { StoredOperatorSession } from '../../store/operatorSession';

/** Extension, its SIP password and the campaign to work on. */
export function OperatorLogin({ notice, onSignedIn }: { notice: string | null; onSignedIn: (s: StoredOperatorSession) => void }) {
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [extension, setExtension] = useState('');
  const [password, setPassword] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    campaignsApi.campaigns().then(
      (all) => {
        const usable = all.filter((c) => c.mode !== 'autoInformer' && c.status !== 'completed' && c.status !== 'archived');
        setCampaigns(usable);
        if (usable.length === 1) setCampaignId(usable[0].id);
      },
      (e) => setError(`Could not load the campaigns: ${messageOf(e)}`),
    );
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!extension.trim() || !password || !campaignId) {
      setError('Enter your extension and password and choose a campaign.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await operatorApi.login(extension.trim(), password, campaignId);
      const campaign = campaigns.find((c) => c.id === campaignId)!;
      onSignedIn({ token: session.token, extension: extension.trim(), campaignId, campaignName: campaign.name, mode: campaign.mode });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'The extension or password is wrong.'
        : err instanceof ApiError && err.status === 403 ? `Extension ${extension.trim()} is not an operator of this campaign; ask your supervisor to add it.`
        : messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="operator-login" onSubmit={submit} noValidate data-testid="operator-login">
      <h1>Operator sign-in</h1>
      {notice && <div className="message message-info" role="status">{notice}</div>}
      <div className="form-fields">
        <label htmlFor="operator-extension">Extension</label>
        <input id="operator-extension" autoComplete="username" value={extension} onChange={(e) => setExtension(e.target.value)} />
        <label htmlFor="operator-password">Password</label>
        <input id="operator-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <label htmlFor="operator-campaign">Campaign</label>
        <select id="operator-campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">Choose…</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.status})</option>)}
        </select>
      </div>
      <p className="muted small">Use your phone extension and the password your softphone signs in with.</p>
      {campaigns.length === 0 && !error && <p className="muted small">No campaign with operators is running or planned.</p>}
      {error && <div className="message message-error" role="alert">{error}</div>}
      <div className="actions"><button type="submit" className="primary" disabled={busy}>Sign in</button></div>
    </form>
  );
}
