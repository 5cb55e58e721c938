import { useCallback, useEffect, useState } from 'react';
import { campaignsApi, itemsOf } from '../../api/campaignClient';
import type { CampaignAttempt } from '../../api/campaignViews';
import { messageOf } from '../../components/ProblemList/problems';
import { DISPOSITION_LABELS } from '../../model/campaignDisplay';
import { AttemptTable } from './AttemptTable';

const PAGE = 50;
const DISPOSITIONS = ['', 'answered', 'busy', 'noAnswer', 'failed', 'abandoned', 'interrupted'] as const;

/** Every attempt of the campaign, newest first, filtered by disposition and paged. */
export function AttemptsTab({ campaignId }: { campaignId: string }) {
  const [disposition, setDisposition] = useState('');
  const [offset, setOffset] = useState(0);
  const [attempts, setAttempts] = useState<CampaignAttempt[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setAttempts(itemsOf(await campaignsApi.attempts(campaignId, disposition, offset, PAGE)));
      setError(null);
    } catch (e) {
      setError(`Could not load the attempts: ${messageOf(e)}`);
    }
  }, [campaignId, disposition, offset]);
  useEffect(() => { void load(); }, [load]);

  const items = attempts ?? [];
  return (
    <div data-testid="campaign-attempts">
      <div className="instance-filters">
        <label htmlFor="attempt-disposition">Disposition</label>
        <select id="attempt-disposition" value={disposition} onChange={(e) => { setDisposition(e.target.value); setOffset(0); }}>
          {DISPOSITIONS.map((d) => <option key={d} value={d}>{d ? DISPOSITION_LABELS[d] : 'All'}</option>)}
        </select>
        <button type="button" onClick={() => void load()}>Refresh</button>
      </div>
      {error && <div className="message message-error" role="alert">{error}</div>}
      {attempts === null ? <p className="muted">Loading…</p> : <AttemptTable attempts={items} showPhone testId="attempts-table" />}
      <div className="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
        <span>{items.length === 0 ? '' : `${offset + 1}–${offset + items.length}`}</span>
        <button type="button" disabled={items.length < PAGE} onClick={() => setOffset(offset + PAGE)}>Next</button>
      </div>
    </div>
  );
}
