import { useCallback, useEffect, useState } from 'react';
import { usePolling } from '../../components/Polling/usePolling';
import { navigate } from '../../router';
import { PAGE_SIZE, selectListError, selectPage, useInstancesStore } from '../../store/instancesStore';
import { InstanceFilters, type InstanceFilter } from './InstanceFilters';
import { InstanceRow } from './InstanceRow';

function instancesUrl(filter: InstanceFilter): string {
  const q = new URLSearchParams();
  if (filter.status) q.set('status', filter.status);
  if (filter.flowId) q.set('flowId', filter.flowId);
  const query = q.toString();
  return query ? `/instances?${query}` : '/instances';
}

/** Every instance, newest first, filtered by status and flow, 50 a page, refreshed every 3 s while visible. */
export function InstancesPage({ flowId, status }: { flowId?: string; status?: string }) {
  const page = useInstancesStore(selectPage);
  const error = useInstancesStore(selectListError);
  // Paging restarts at the first page whenever the filters change (also by back/forward).
  const filterKey = `${flowId ?? ''}|${status ?? ''}`;
  const [paging, setPaging] = useState({ filterKey, skip: 0 });
  const skip = paging.filterKey === filterKey ? paging.skip : 0;
  const setSkip = (value: number) => setPaging({ filterKey, skip: value });
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(() => {
    setNow(Date.now());
    void useInstancesStore.getState().loadList({ flowId, status, skip });
  }, [flowId, status, skip]);

  useEffect(() => { void useInstancesStore.getState().loadFlows(); }, []);
  useEffect(() => { refresh(); }, [refresh]);
  usePolling(refresh, 3000);

  const changeFilter = (filter: InstanceFilter) => {
    navigate(instancesUrl(filter), { replace: true });
  };

  const total = page?.total ?? 0;
  const items = page?.items ?? [];
  return (
    <div className="page instances-page" data-testid="instances-page">
      <div className="page-header"><h1>Instances</h1></div>
      <InstanceFilters filter={{ flowId, status }} onChange={changeFilter} />
      {error && <div className="message message-error" role="alert">{error}</div>}
      {page === null ? (
        <p className="muted">Loading instances…</p>
      ) : items.length === 0 ? (
        <p className="muted" data-testid="instances-empty">No instances{status || flowId ? ' match these filters' : ' yet'}.</p>
      ) : (
        <table className="instance-table" data-testid="instance-table">
          <thead>
            <tr><th>Instance</th><th>Flow</th><th>Status</th><th>Current node</th><th>Fault</th><th>Created</th><th className="num">Duration</th></tr>
          </thead>
          <tbody>{items.map((i) => <InstanceRow key={i.id} instance={i} now={now} />)}</tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE_SIZE))}>Previous</button>
        <span data-testid="pager-range">
          {total === 0 ? '0 instances' : `${skip + 1}–${Math.min(skip + items.length, total)} of ${total}`}
        </span>
        <button type="button" disabled={skip + PAGE_SIZE >= total} onClick={() => setSkip(skip + PAGE_SIZE)}>Next</button>
      </div>
    </div>
  );
}
