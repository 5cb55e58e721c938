import { useEffect } from 'react';
import { selectSearch, selectShowArchived, useFlowsStore } from '../../store/flowsStore';

/** Search box (server-side, 200 ms after the last key) and the "show archived" toggle. */
export function FlowsToolbar() {
  const search = useFlowsStore(selectSearch);
  const showArchived = useFlowsStore(selectShowArchived);
  useEffect(() => {
    const timer = setTimeout(() => void useFlowsStore.getState().load(), 200);
    return () => clearTimeout(timer);
  }, [search]);
  return (
    <div className="flows-toolbar">
      <input
        type="search"
        placeholder="Search flows"
        aria-label="Search flows"
        value={search}
        onChange={(e) => useFlowsStore.getState().setSearch(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={showArchived} onChange={(e) => useFlowsStore.getState().setShowArchived(e.target.checked)} />
        Show archived
      </label>
    </div>
  );
}
