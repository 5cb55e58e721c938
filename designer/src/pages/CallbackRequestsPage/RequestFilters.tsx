import type { ClickToCallCampaign } from '../../api/clickToCallViews';
import { REQUEST_STATUSES, REQUEST_STATUS_LABELS, type RequestFilters as Filters } from '../../model/clickToCallDisplay';

/** Campaign, status (not on the Failed tab), period and phone number filters. */
export function RequestFilters({ filters, campaigns, showStatus, onChange }: {
  filters: Filters; campaigns: ClickToCallCampaign[]; showStatus: boolean; onChange: (f: Filters) => void;
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="instance-filters" data-testid="request-filters">
      <label htmlFor="req-campaign">Campaign</label>
      <select id="req-campaign" value={filters.campaignId} onChange={(e) => set({ campaignId: e.target.value })}>
        <option value="">All campaigns</option>
        {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
      {showStatus && (
        <>
          <label htmlFor="req-status">Status</label>
          <select id="req-status" value={filters.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">Any status</option>
            {REQUEST_STATUSES.map((s) => <option key={s} value={s}>{REQUEST_STATUS_LABELS[s]}</option>)}
          </select>
        </>
      )}
      <label htmlFor="req-from">From</label>
      <input id="req-from" type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
      <label htmlFor="req-to">To</label>
      <input id="req-to" type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
      <label htmlFor="req-phone">Phone</label>
      <input id="req-phone" type="search" value={filters.phone} placeholder="+4930…" onChange={(e) => set({ phone: e.target.value })} />
    </div>
  );
}
