import type { FlowSummary } from '../../api/views';
import { FlowRow } from './FlowRow';

/** The flows as a table: name, id, status, versions, trigger, last change and actions. */
export function FlowTable({ flows, onRename }: { flows: FlowSummary[]; onRename: (flow: FlowSummary) => void }) {
  return (
    <table className="flow-table" data-testid="flow-table">
      <thead>
        <tr>
          <th>Name</th><th>Id</th><th>Status</th><th className="num" title="Published version / latest version">Published / latest</th>
          <th>Trigger</th><th>Updated</th><th><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {flows.map((f) => <FlowRow key={f.id} flow={f} onRename={onRename} />)}
      </tbody>
    </table>
  );
}
