import { useId } from 'react';
import { selectFilterFlows, useInstancesStore, INSTANCE_STATUSES } from '../../store/instancesStore';

export interface InstanceFilter {
  flowId?: string;
  status?: string;
}

/** Status and flow drop-downs; the choice goes to the URL (?status=&flowId=). */
export function InstanceFilters({ filter, onChange }: { filter: InstanceFilter; onChange: (f: InstanceFilter) => void }) {
  const flows = useInstancesStore(selectFilterFlows);
  const statusId = useId();
  const flowId = useId();
  const knownFlow = !filter.flowId || flows.some((f) => f.id === filter.flowId);
  return (
    <div className="instance-filters">
      <label htmlFor={statusId}>Status</label>
      <select id={statusId} value={filter.status ?? ''} onChange={(e) => onChange({ ...filter, status: e.target.value || undefined })}>
        <option value="">All</option>
        {INSTANCE_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
      <label htmlFor={flowId}>Flow</label>
      <select id={flowId} value={filter.flowId ?? ''} onChange={(e) => onChange({ ...filter, flowId: e.target.value || undefined })}>
        <option value="">All flows</option>
        {!knownFlow && <option value={filter.flowId}>{filter.flowId}</option>}
        {flows.map((f) => <option key={f.id} value={f.id}>{f.name} ({f.id})</option>)}
      </select>
    </div>
  );
}
