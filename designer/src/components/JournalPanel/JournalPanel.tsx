// TEMP STUB
import type { JournalEntry } from '../../api/views';
export function JournalPanel({ entries }: { entries: JournalEntry[]; selectedNodeId?: string | null; nodeLabel?: (id: string) => string }) {
  return <ol>{entries.map((e) => <li key={e.sequence}>{e.nodeId} {e.outcome}</li>)}</ol>;
}
