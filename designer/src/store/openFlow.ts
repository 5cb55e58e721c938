// Loads a flow (its draft, or a published version read-only) into the editor store, bringing back
// edits this browser kept but the server never got.
import { api } from '../api/client';
import { takePrefetched } from '../api/prefetch';
import type { StoredFlow } from '../api/views';
import type { ActivityDescriptor } from '../model/descriptors';
import { useEditor } from './editorStore';
import type { SaveState } from './saveController';
import { forgetUnsaved, readUnsaved } from './unsavedEdits';

let descriptorsCache: Promise<ActivityDescriptor[]> | null = null;

/** The server's activity descriptors, fetched once per page load. */
export function loadDescriptors(): Promise<ActivityDescriptor[]> {
  descriptorsCache ??= (takePrefetched<ActivityDescriptor[]>('activities') ?? api.activities()).catch((error) => {
    descriptorsCache = null;
    throw error;
  });
  return descriptorsCache;
}

/** Opens the draft; returns the save state to start autosave in. With `cannotEdit` (why the caller may not), the draft opens read-only. */
export async function openDraft(flowId: string, cannotEdit?: string): Promise<SaveState> {
  const [descriptors, flow] = await Promise.all([loadDescriptors(), takePrefetched<StoredFlow>(`flow:${flowId}`) ?? api.flow(flowId)]);
  const meta = { status: flow.status, revision: flow.revision, publishedVersion: flow.publishedVersion, latestVersion: flow.latestVersion };
  const editor = useEditor.getState();
  editor.open(flow.draft, descriptors, meta, flow.status === 'archived');
  if (flow.status === 'archived') return { kind: 'read-only', message: 'This flow is archived. Unarchive it on the flows page to edit it.' };
  if (cannotEdit) {
    editor.open(flow.draft, descriptors, meta, true);
    return { kind: 'read-only', message: cannotEdit };
  }
  const kept = readUnsaved(flowId);
  let state: SaveState = { kind: 'saved' };
  if (kept) {
    editor.open(kept.definition, descriptors, meta, false);
    useEditor.setState((s) => ({ changeCount: s.changeCount + 1 }));
    state = kept.baseRevision === flow.revision
      ? { kind: 'pending', message: 'Restored the edits this browser kept while they could not be saved.' }
      : {
          kind: 'conflict', theirRevision: flow.revision,
          message: `This browser kept edits made on revision ${kept.baseRevision}, but the draft is now at revision ${flow.revision} (changed elsewhere). Reload to discard your kept edits, or overwrite the draft with them.`,
        };
  }
  // The server's verdict on the stored draft, so problems show on the nodes at once.
  api.validate(editor.definition()).then((r) => useEditor.getState().setServerProblems(r.problems)).catch(() => undefined);
  return state;
}

/** Opens a published version read-only. */
export async function openVersion(flowId: string, version: number): Promise<void> {
  const [descriptors, flow, published] = await Promise.all([loadDescriptors(), api.flow(flowId), api.version(flowId, version)]);
  useEditor.getState().open(published.definition!, descriptors,
    { status: flow.status, revision: flow.revision, publishedVersion: flow.publishedVersion, latestVersion: flow.latestVersion }, true);
}

/** Drops edits kept in this browser and loads the server's draft again. */
export async function discardAndReload(flowId: string): Promise<SaveState> {
  forgetUnsaved(flowId);
  return openDraft(flowId);
}
