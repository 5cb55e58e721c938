import { useCallback, useEffect, useMemo, useState } from 'react';
import { JournalPanel } from '../../components/JournalPanel/JournalPanel';
import { Link } from '../../components/Link';
import { usePolling } from '../../components/Polling/usePolling';
import { ReadOnlyCanvas } from '../../components/ReadOnlyCanvas/ReadOnlyCanvas';
import {
  isActive, selectActionError, selectDefinition, selectInstance, selectInstanceError, useInstancesStore,
} from '../../store/instancesStore';
import { IncidentList } from './IncidentList';
import { InstanceData } from './InstanceData';
import { InstanceHeader } from './InstanceHeader';

/** One instance: its header, the path it took on the flow, its journal, incidents and data; polled every second while active. */
export function InstancePage({ instanceId }: { instanceId: string }) {
  const instance = useInstancesStore(selectInstance);
  const error = useInstancesStore(selectInstanceError);
  const definition = useInstancesStore(selectDefinition);
  const actionError = useInstancesStore(selectActionError);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);

  const load = useCallback(() => void useInstancesStore.getState().loadInstance(instanceId), [instanceId]);
  useEffect(() => {
    useInstancesStore.getState().clearInstance();
    load();
    return () => useInstancesStore.getState().clearInstance();
  }, [load]);
  const current = instance?.id === instanceId ? instance : null;
  usePolling(load, 1000, current !== null && isActive(current.status));

  const flow = definition.kind === 'loaded' ? definition.definition : null;
  const labels = useMemo(() => new Map((flow?.nodes ?? []).map((n) => [n.id, n.label ?? n.id])), [flow]);
  const nodeLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);

  if (!current) {
    return (
      <div className="page instance-page">
        {error ? (
          <div className="message message-error" role="alert">
            {error.status === 404 ? `There is no instance '${instanceId}'.` : `Could not load the instance: ${error.message}`}{' '}
            <Link href="/instances">Back to the instances</Link>
          </div>
        ) : <p className="muted">Loading instance…</p>}
      </div>
    );
  }

  const journal = current.journal;
  return (
    <div className="page instance-page" data-testid="instance-page">
      <InstanceHeader instance={current} />
      {actionError && <div className="message message-error" role="alert">{actionError}</div>}
      {error && <div className="message message-error" role="alert">Refreshing failed: {error.message}</div>}
      <div className="instance-body">
        <section className="instance-canvas">
          <h2>Path</h2>
          {definition.kind === 'loading' && <p className="muted">Loading the flow…</p>}
          {definition.kind === 'failed' && <p className="error-text" role="alert">The flow cannot be drawn: {definition.message}</p>}
          {flow && (
            <ReadOnlyCanvas
              flow={flow}
              visited={journal.map((e) => e.nodeId)}
              taken={journal.map((e) => `${e.nodeId}:${e.outcome}`)}
              current={isActive(current.status) ? current.currentNodeId : null}
              faulted={current.faultNodeId}
              onNodeClick={setSelectedNode}
            />
          )}
        </section>
        <section className="instance-journal">
          <h2>Journal {selectedNode && <button type="button" className="link-button small" onClick={() => setSelectedNode(null)}>clear selection</button>}</h2>
          <JournalPanel entries={journal} selectedNodeId={selectedNode} nodeLabel={nodeLabel} />
        </section>
      </div>
      <section>
        <h2>Incidents</h2>
        <IncidentList incidents={current.incidents} />
      </section>
      <section>
        <h2>Data</h2>
        <InstanceData instance={current} />
      </section>
    </div>
  );
}
